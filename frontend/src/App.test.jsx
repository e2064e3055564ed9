import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import App from "./App.jsx";
import { formatAbsolute } from "./format.js";
import { FakeEventSource, healthyRoutes, installEventSource, installFetch, json, never, runSummary } from "./test/fakeApi.js";

beforeEach(installEventSource);
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe("App states", () => {
  it("has landmarks and shows loading while the backend has not answered", () => {
    installFetch(Object.fromEntries(Object.keys(healthyRoutes()).map((k) => [k, never])));
    render(<App />);
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("notion-wix");
    expect(screen.getByTestId("sync-status").dataset.state).toBe("loading");
    expect(screen.getByTestId("notion-panel-loading")).toBeTruthy();
    expect(screen.getByTestId("wix-panel-loading")).toBeTruthy();
    expect(screen.getByTestId("health-badge").textContent).toContain("Checking");
  });

  it("says the backend is down when nothing answers", async () => {
    installFetch(Object.fromEntries(Object.keys(healthyRoutes()).map((k) => [k, new TypeError("Failed to fetch")])));
    render(<App />);
    expect((await screen.findByText("Backend unreachable.")).closest("[data-testid]").dataset.state).toBe("error");
    expect(await screen.findByTestId("wix-panel-error")).toBeTruthy();
    expect(screen.getByTestId("health-badge").textContent).toContain("Service unreachable");
  });

  it("tells what to do when it never synced", async () => {
    installFetch(
      healthyRoutes({
        "GET /api/sync/status": { running: false, lastRun: null, lastSuccessAt: null, staleAfterMs: 1_800_000 },
        "GET /api/sync/runs?page=0&size=30": { items: [], page: 0, size: 30, total: 0 },
      }),
    );
    render(<App />);
    expect((await screen.findByText("Never synced.")).closest("[data-testid]").textContent).toContain("NOTION_API_TOKEN");
    expect((await screen.findByTestId("runs-panel-empty")).textContent).toContain("Sync now");
    expect(screen.getByTestId("wix-last-sync").textContent).toBe("never");
  });

  it("warns when the last success is older than staleAfterMs", async () => {
    const old = "2026-01-01T00:00:00Z";
    installFetch(
      healthyRoutes({
        "GET /api/health": { status: "STALE", lastSuccessAt: old, staleAfterMs: 1_800_000, components: {} },
        "GET /api/sync/status": { running: false, lastRun: runSummary({ finishedAt: old }), lastSuccessAt: old, staleAfterMs: 1_800_000 },
      }),
    );
    render(<App />);
    expect((await screen.findByText("Stale:")).closest("[data-testid]").dataset.state).toBe("stale");
    expect((await screen.findByTestId("health-badge")).dataset.status).toBe("STALE");
    expect(screen.getByTestId("health-badge").textContent).toContain("Stale");
  });

  it("dates the last sync by the finish of the last successful sync, in the banner and the Wix panel alike", async () => {
    const success = "2026-03-01T10:00:42Z";
    installFetch(
      healthyRoutes({
        "GET /api/sync/status": {
          running: false,
          lastRun: runSummary({ outcome: "FAILED", startedAt: "2026-03-01T11:00:00Z", finishedAt: "2026-03-01T11:00:05Z" }),
          lastSuccessAt: success,
          staleAfterMs: 10 * 365 * 86_400_000,
        },
      }),
    );
    render(<App />);
    const wix = await screen.findByTestId("wix-last-sync");
    expect(wix.querySelector("time").getAttribute("datetime")).toBe(success);
    expect((await screen.findByTestId("sync-status")).textContent).toContain(formatAbsolute(success));
    expect(wix.textContent).toContain(formatAbsolute(success));
  });

  it("shows both panels, last run counts, failures and run history", async () => {
    const failing = runSummary({
      outcome: "PARTIAL",
      counts: { created: 2, updated: 5, deleted: 1, unchanged: 20, failed: 1 },
      errorSummary: "1 page failed",
      failures: [{ pageId: "p9", title: "Broken table", kind: "DATA", message: "table too wide", notionUrl: "https://www.notion.so/p9" }],
    });
    const routes = healthyRoutes();
    routes["GET /api/sync/status"].lastRun = failing;
    installFetch(routes);
    render(<App />);
    expect((await screen.findByTestId("wix-item-count")).textContent).toBe("35");
    expect((await screen.findByTestId("notion-published")).textContent).toBe("35");
    expect(screen.getByTestId("notion-draft").textContent).toBe("4");
    expect((await screen.findByTestId("notion-edited")).textContent).toBe("1");
    expect((await screen.findByTestId("notion-plan")).dataset.state).toBe("none");
    expect(screen.getByTestId("last-run-counts").textContent).toBe("Last run: created 2, updated 5, deleted 1, failed 1");
    const summary = screen.getByTestId("error-summary");
    expect(within(summary).getByRole("link", { name: "Broken table" }).getAttribute("href")).toBe("https://www.notion.so/p9");
    expect(summary.textContent).toContain("table too wide");
    expect(screen.getByTestId("sync-status").dataset.state).toBe("ok");
    expect((await screen.findByTestId("runs-table")).textContent).toContain("SUCCESS");
    expect(screen.getByTestId("health-badge").textContent).toContain("Healthy");
  });
});

describe("Sync now", () => {
  it("triggers, follows SSE progress and refreshes counts when the run finishes", async () => {
    const routes = healthyRoutes();
    let statusCalls = 0;
    const before = routes["GET /api/sync/status"];
    const afterRun = { ...before, lastRun: runSummary({ runId: "r-2", counts: { created: 9, updated: 0, deleted: 0, unchanged: 35, failed: 0 } }) };
    routes["GET /api/sync/status"] = () => (++statusCalls >= 3 ? afterRun : before);
    routes["POST /api/sync/trigger"] = json(202, { runId: "r-2" });
    const { calls } = installFetch(routes);
    render(<App />);
    expect((await screen.findByTestId("last-run-counts")).textContent).toContain("created 3");

    fireEvent.click(screen.getByLabelText(/Dry run/));
    fireEvent.click(screen.getByTestId("sync-now"));
    expect((await screen.findByTestId("trigger-accepted")).textContent).toContain("r-2");
    expect(calls.find((c) => c.method === "POST").body).toEqual({ dryRun: true, full: false, pageIds: [] });

    const events = FakeEventSource.latest();
    expect(events.url).toBe("/api/sync/events");
    act(() => events.open());
    act(() => events.emit("run-started", { runId: "r-2", trigger: "manual", dryRun: true }));
    act(() => events.emit("progress", { runId: "r-2", phase: "apply", done: 3, total: 10, counts: {} }));
    expect(screen.getByTestId("progress-text").textContent).toBe("Run r-2 (dry run): apply 3/10");
    expect(screen.getByTestId("progress-text").getAttribute("aria-live")).toBe("polite");
    act(() => events.emit("item-failed", { runId: "r-2", pageId: "p9", title: "Broken table", message: "too wide" }));
    expect(screen.getByRole("list", { name: "Pages that failed in this run" }).textContent).toContain("Broken table: too wide");

    act(() => events.emit("run-finished", afterRun.lastRun));
    expect(screen.getByTestId("progress-text").textContent).toContain("finished: SUCCESS — created 9");
    expect(await screen.findByText("9", { selector: "[data-testid=last-run-counts] strong" })).toBeTruthy();
  });

  it("asks for the admin token on 401 and retries with it", async () => {
    const routes = healthyRoutes();
    routes["POST /api/sync/trigger"] = (req) =>
      req.headers.Authorization === "Bearer tok-123"
        ? json(202, { runId: "r-3" })
        : json(401, { title: "Unauthorized", status: 401, detail: "admin token required", kind: "AUTH" });
    const { calls } = installFetch(routes);
    render(<App />);
    fireEvent.click(screen.getByTestId("sync-now"));
    const prompt = await screen.findByRole("dialog", { name: "Admin token needed" });
    expect(prompt.textContent).toContain("admin token is missing or wrong");
    fireEvent.change(within(prompt).getByLabelText("Admin token"), { target: { value: "tok-123" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Save and retry" }));
    expect((await screen.findByTestId("trigger-accepted")).textContent).toContain("r-3");
    expect(sessionStorage.getItem("notion-wix.adminToken")).toBe("tok-123");
    expect(calls.filter((c) => c.method === "POST").map((c) => c.headers.Authorization)).toEqual([undefined, "Bearer tok-123"]);
    expect(screen.queryByTestId("token-prompt")).toBeNull();
  });

  it("explains 409: a sync is already running", async () => {
    const routes = healthyRoutes();
    routes["POST /api/sync/trigger"] = json(409, { title: "Conflict", status: 409, detail: "run r-1 is running", kind: "CONFLICT", runId: "r-1" });
    installFetch(routes);
    render(<App />);
    fireEvent.click(screen.getByTestId("sync-now"));
    expect((await screen.findByTestId("trigger-error")).textContent).toContain("A sync is already running — watch its progress below.");
  });
});

describe("Run history", () => {
  it("charts the runs and opens one run's details", async () => {
    const routes = healthyRoutes();
    routes["GET /api/sync/runs/r-1"] = { summary: runSummary(), changes: [] };
    installFetch(routes);
    render(<App />);
    expect((await screen.findByTestId("runs-chart")).textContent).toContain("Last 1 runs");
    fireEvent.click(screen.getByRole("button", { name: "Details of run r-1" }));
    expect(await screen.findByText("This run changed nothing.")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Run r-1" })).toBeTruthy();
  });
});
