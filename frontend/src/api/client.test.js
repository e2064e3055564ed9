import { afterEach, describe, expect, it } from "vitest";
import { ApiError, adminToken, adoptTokenFromUrl, apiRequest, explainError } from "./client.js";
import { installFetch, json } from "../test/fakeApi.js";

afterEach(() => sessionStorage.clear());

describe("apiRequest", () => {
  it("turns a problem+json answer into an ApiError", async () => {
    installFetch({ "GET /api/sync/runs/x": json(404, { title: "Not Found", status: 404, detail: "no run x", kind: "NOT_FOUND" }) });
    const error = await apiRequest("/sync/runs/x").catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.kind, error.message]).toEqual([404, "NOT_FOUND", "no run x"]);
  });

  it("sends the stored admin token on mutating calls only", async () => {
    const { calls } = installFetch({ "POST /api/sync/trigger": json(202, { runId: "r" }), "GET /api/health": { status: "UP" } });
    adminToken.set("s3cret");
    await apiRequest("/sync/trigger", { method: "POST", body: { dryRun: true } });
    await apiRequest("/health");
    expect(calls[0].headers.Authorization).toBe("Bearer s3cret");
    expect(calls[1].headers.Authorization).toBeUndefined();
  });

  it("reports a network failure as status 0", async () => {
    installFetch({ "GET /api/health": new TypeError("Failed to fetch") });
    const error = await apiRequest("/health").catch((e) => e);
    expect(error.status).toBe(0);
    expect(explainError(error)).toContain("cannot be reached");
  });

  it("explains 409 in plain words", () => {
    expect(explainError(new ApiError(409, "CONFLICT", "busy"))).toBe("A sync is already running — watch its progress below.");
  });
});

describe("adoptTokenFromUrl", () => {
  const history = () => ({ state: null, replaced: [], replaceState(state, title, url) { this.replaced.push(url); } });

  it("moves #token=… to sessionStorage and removes it from the address bar", () => {
    const h = history();
    const taken = adoptTokenFromUrl({ hash: "#token=Ab_9-xY", pathname: "/", search: "?x=1" }, h);
    expect(taken).toBe(true);
    expect(adminToken.get()).toBe("Ab_9-xY");
    expect(h.replaced).toEqual(["/?x=1"]);
  });

  it("leaves the page alone without a token in the fragment", () => {
    const h = history();
    expect(adoptTokenFromUrl({ hash: "#runs", pathname: "/", search: "" }, h)).toBe(false);
    expect(adoptTokenFromUrl({ hash: "", pathname: "/", search: "?token=abc" }, h)).toBe(false);
    expect(adminToken.get()).toBeNull();
    expect(h.replaced).toEqual([]);
  });
});
