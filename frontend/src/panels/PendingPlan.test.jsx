import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import PendingPlan, { newestPlan } from "./PendingPlan.jsx";
import { installFetch, json, runSummary } from "../test/fakeApi.js";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const RUNS = "GET /api/sync/runs?page=0&size=30";
const dry = (over = {}) => runSummary({ runId: "r-dry", dryRun: true, ...over });
const plan = (runId, changes) => ({ summary: dry({ runId }), changes });
const change = (pageId, title, action, reason = "EDITED") => ({ pageId, itemId: pageId, title, action, reason, outcome: "PLANNED", fields: [] });
const listOf = (...items) => ({ items, page: 0, size: 30, total: items.length });

describe("newestPlan", () => {
  it("takes the newest dry run with a plan and marks it outdated when a real sync finished after it", () => {
    expect(newestPlan([])).toBeNull();
    expect(newestPlan([runSummary()])).toBeNull();
    expect(newestPlan([dry({ runId: "a", outcome: "FAILED" }), dry({ runId: "b" })])).toEqual({ run: dry({ runId: "b" }), outdated: false });
    expect(newestPlan([runSummary({ runId: "real" }), dry()]).outdated).toBe(true);
    expect(newestPlan([runSummary({ runId: "real", outcome: "FAILED" }), dry()]).outdated).toBe(false);
  });
});

describe("PendingPlan", () => {
  it("says how to get a plan when no dry run exists", async () => {
    installFetch({ [RUNS]: listOf(runSummary()) });
    render(<PendingPlan refreshKey={0} />);
    expect((await screen.findByText(/No dry-run plan yet/)).closest("[data-testid=notion-plan]").dataset.state).toBe("none");
  });

  it("lists the plan's changes (not the no-ops) with links to Notion", async () => {
    installFetch({
      [RUNS]: listOf(dry()),
      "GET /api/sync/runs/r-dry/plan": plan("r-dry", [
        change("2a7104cd-0001", "Edited title", "UPDATE"),
        change("2a7104cd-0002", "New page", "CREATE", "NEW"),
        change("2a7104cd-0003", "Same", "NOOP", "UNCHANGED"),
      ]),
    });
    render(<PendingPlan refreshKey={0} />);
    expect((await screen.findByTestId("notion-pending")).textContent).toBe("2");
    expect(screen.getByTestId("notion-plan").dataset.state).toBe("ready");
    const list = screen.getByRole("list", { name: "Pages pending sync" });
    expect(within(list).getByRole("link", { name: "Edited title" }).getAttribute("href")).toBe("https://www.notion.so/2a7104cd0001");
    expect(list.textContent).toContain("create New page");
    expect(list.textContent).not.toContain("Same");
  });

  it("marks the plan outdated once a real sync ran after it", async () => {
    installFetch({
      [RUNS]: listOf(runSummary({ runId: "r-real" }), dry()),
      "GET /api/sync/runs/r-dry/plan": plan("r-dry", [change("p1", "Edited title", "UPDATE")]),
    });
    render(<PendingPlan refreshKey={0} />);
    expect(await screen.findByTestId("notion-plan-outdated")).toBeTruthy();
    expect(screen.getByTestId("notion-plan").dataset.state).toBe("outdated");
  });

  it("refreshes on demand: asks for the token, starts a dry run, shows the new plan when it finished", async () => {
    let finished = false;
    const routes = {
      [RUNS]: () => (finished ? listOf(dry({ runId: "r-new" })) : listOf(runSummary({ runId: "r-new", dryRun: true, finishedAt: null, outcome: "RUNNING" }))),
      "GET /api/sync/runs/r-new/plan": plan("r-new", []),
      "POST /api/sync/trigger": (req) =>
        req.headers.Authorization === "Bearer tok-9" ? json(202, { runId: "r-new" }) : json(401, { status: 401, detail: "admin token required", kind: "AUTH" }),
    };
    const { calls } = installFetch(routes);
    let triggered = 0;
    const { rerender } = render(<PendingPlan refreshKey={0} onTriggered={() => triggered++} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check pending pages" }));
    const prompt = await screen.findByRole("dialog", { name: "Admin token needed" });
    fireEvent.change(within(prompt).getByLabelText("Admin token"), { target: { value: "tok-9" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Save and retry" }));
    expect((await screen.findByText(/Planning \(dry run r-new\)/)).closest("[data-testid=notion-plan]").dataset.state).toBe("planning");
    expect(triggered).toBe(1);
    expect(calls.filter((c) => c.method === "POST").at(-1).body).toEqual({ dryRun: true, full: false, pageIds: [] });

    finished = true; // the SSE run-finished event changes the refresh key
    rerender(<PendingPlan refreshKey={1} onTriggered={() => triggered++} />);
    expect((await screen.findByTestId("notion-pending")).textContent).toBe("0");
    expect(screen.getByTestId("notion-plan").dataset.state).toBe("ready");
  });

  it("says when the requested dry run failed", async () => {
    installFetch({
      [RUNS]: listOf(dry({ runId: "r-bad", outcome: "FAILED", errorSummary: "Notion answered 401" })),
      "POST /api/sync/trigger": json(202, { runId: "r-bad" }),
    });
    render(<PendingPlan refreshKey={0} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check pending pages" }));
    expect((await screen.findByTestId("refresh-plan-failed")).textContent).toContain("Notion answered 401");
  });
});
