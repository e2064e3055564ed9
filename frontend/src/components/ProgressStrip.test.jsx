import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

  it("draws a progress bar from progress events", () => {
    render(<Live />);
    act(() => FakeEventSource.latest().emit("run-started", { runId: "r-5", trigger: "schedule", dryRun: false }));
    act(() => FakeEventSource.latest().emit("progress", { runId: "r-5", phase: "fetch", done: 1, total: 4, counts: {} }));
    expect(screen.getByRole("progressbar", { name: "Run progress" }).getAttribute("value")).toBe("25");
  });
});
