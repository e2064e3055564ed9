import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import RunDetail from "./RunDetail.jsx";
import { installFetch, json, runSummary } from "../test/fakeApi.js";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const detail = {
  summary: runSummary({ runId: "r-7" }),
  changes: [
    { itemId: "i1", pageId: "p1", title: "Chaos issue 12", action: "UPDATE", reason: "EDITED", outcome: "APPLIED", error: null, fields: [{ name: "title", before: "Old", after: "New" }] },
  ],
};

describe("RunDetail", () => {
  it("shows field-level before and after", async () => {
    installFetch({ "GET /api/sync/runs/r-7": detail });
    render(<RunDetail runId="r-7" onClose={() => {}} />);
    const row = (await screen.findByRole("rowheader", { name: "title" })).closest("tr");
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Old", "New"]);
  });

  it("rolls back only after confirmation, asking for the token on 403", async () => {
    const rollback = vi.fn((req) =>
      req.headers.Authorization ? json(202, { runId: "r-8" }) : json(403, { title: "Forbidden", status: 403, detail: "admin token required", kind: "AUTH" }),
    );
    const { calls } = installFetch({ "GET /api/sync/runs/r-7": detail, "POST /api/sync/runs/r-7/rollback": rollback });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    render(<RunDetail runId="r-7" onClose={() => {}} confirm={confirm} />);
    fireEvent.click(await screen.findByTestId("rollback"));
    expect(rollback).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId("rollback"));
    const prompt = await screen.findByTestId("token-prompt");
    fireEvent.change(within(prompt).getByLabelText("Admin token"), { target: { value: "adm" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Save and retry" }));
    expect((await screen.findByText("Rollback started as run r-8.")).getAttribute("role")).toBe("status");
    expect(calls.filter((c) => c.method === "POST").at(-1).body).toEqual({ dryRun: false, force: false });
  });
});
