import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import ApiDocs, { operationsOf } from "./ApiDocs.jsx";
import { installFetch } from "../test/fakeApi.js";

afterEach(cleanup);

const document = {
  openapi: "3.1.0",
  info: { title: "notion-wix service API", description: "Sync runs and health." },
  paths: {
    "/api/sync/trigger": { post: { operationId: "trigger", security: [{ adminToken: [] }], responses: { 202: {} } } },
    "/api/health": { get: { operationId: "health", responses: { 200: {} } } },
  },
};

describe("ApiDocs", () => {
  it("lists operations in path order", () => {
    expect(operationsOf(document).map((o) => `${o.method} ${o.path}`)).toEqual(["get /api/health", "post /api/sync/trigger"]);
  });

  it("renders every operation of the served document", async () => {
    installFetch({ "GET /api/openapi.json": document });
    render(<ApiDocs />);
    expect(await screen.findByText("/api/sync/trigger")).toBeTruthy();
    expect(screen.getAllByTestId("api-operation")).toHaveLength(2);
    expect(screen.getByText("Bearer admin token")).toBeTruthy();
  });
});
