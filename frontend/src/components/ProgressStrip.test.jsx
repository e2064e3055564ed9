import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import ProgressStrip from "./ProgressStrip.jsx";
import { useSyncEvents } from "../hooks/useSyncEvents.js";
import { FakeEventSource, installEventSource } from "../test/fakeApi.js";

function Live() {
  return <ProgressStrip live={useSyncEvents()} />;
}

beforeEach(installEventSource);
afterEach(cleanup);

describe("ProgressStrip with useSyncEvents", () => {
  it("shows the connection state and closes the stream on unmount", () => {
    const { unmount } = render(<Live />);
    const source = FakeEventSource.latest();
    expect(screen.getByTestId("events-connection").textContent).toContain("reconnecting");
    act(() => source.open());
    expect(screen.getByTestId("events-connection").textContent).toContain("connected");
    act(() => source.onerror({}));
    expect(screen.getByTestId("events-connection").textContent).toContain("reconnecting");
    expect(screen.getByTestId("progress-text").textContent).toBe("No run in progress.");
    unmount();
    expect(source.closed).toBe(true);
  });

  it("reopens the stream 10 s after the server closed it", () => {
    vi.useFakeTimers();
    try {
      render(<Live />);
      const first = FakeEventSource.latest();
      first.readyState = 2;
      act(() => first.onerror({}));
      act(() => vi.advanceTimersByTime(9_999));
      expect(FakeEventSource.instances).toHaveLength(1);
      act(() => vi.advanceTimersByTime(1));
      expect(FakeEventSource.instances).toHaveLength(2);
      expect(first.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("draws a progress bar from progress events", () => {
    render(<Live />);
    act(() => FakeEventSource.latest().emit("run-started", { runId: "r-5", trigger: "schedule", dryRun: false }));
    act(() => FakeEventSource.latest().emit("progress", { runId: "r-5", phase: "fetch", done: 1, total: 4, counts: {} }));
    expect(screen.getByRole("progressbar", { name: "Run progress" }).getAttribute("value")).toBe("25");
  });

  it("keeps the failed pages listed after the run finished, until the next run starts", () => {
    render(<Live />);
    const source = FakeEventSource.latest();
    act(() => source.emit("run-started", { runId: "r-6", trigger: "manual", dryRun: false }));
    act(() => source.emit("item-failed", { runId: "r-6", pageId: "p1", title: "Too big", message: "WDE0055" }));
    act(() => source.emit("run-finished", { runId: "r-6", outcome: "PARTIAL", counts: { failed: 1 } }));
    expect(screen.getByRole("list", { name: "Pages that failed in this run" }).textContent).toContain("Too big: WDE0055");
    act(() => source.emit("run-started", { runId: "r-7", trigger: "manual", dryRun: false }));
    expect(screen.queryByRole("list", { name: "Pages that failed in this run" })).toBeNull();
  });
});
