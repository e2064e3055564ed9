import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { ApiError } from "../api/client.js";
import LoadingPanel from "./LoadingPanel.jsx";

afterEach(cleanup);

const renderWith = (state, extra = {}) =>
  render(
    <LoadingPanel title="Things" testId="things" state={state} empty={<p>Nothing yet</p>} {...extra}>
      {(d) => <p>count {d.n}</p>}
    </LoadingPanel>,
  );

describe("LoadingPanel", () => {
  it("shows loading before any data", () => {
    renderWith({ data: null, error: null, loading: true });
    expect(screen.getByTestId("things-loading").textContent).toContain("Loading");
    expect(screen.getByRole("region", { name: "Things" })).toBeTruthy();
  });

  it("explains an error in plain words", () => {
    renderWith({ data: null, error: new ApiError(0, "NETWORK", "The notion-wix service cannot be reached. Is it running?"), loading: false });
    expect(screen.getByRole("alert").textContent).toContain("cannot be reached");
  });

  it("shows the empty message when the data is empty", () => {
    renderWith({ data: { n: 0 }, error: null, loading: false }, { isEmpty: (d) => d.n === 0 });
    expect(screen.getByTestId("things-empty").textContent).toBe("Nothing yet");
  });

  it("renders content and keeps it when a refresh fails", () => {
    renderWith({ data: { n: 7 }, error: new ApiError(503, "TRANSIENT", "busy"), loading: false });
    expect(screen.getByText("count 7")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("Showing older data");
  });
});
