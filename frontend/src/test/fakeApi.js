import { vi } from "vitest";

/**
 * Fakes the network boundary: `globalThis.fetch` answers from a route table ("GET /api/x" → answer or
 * function(request) → answer) and `globalThis.EventSource` is FakeEventSource. Unknown routes answer 404.
 */
const ANSWER = Symbol("answer");
export function json(status, body) {
  return { [ANSWER]: true, status, body };
}

export function installFetch(routes) {
  const calls = [];
  const fetchFake = vi.fn(async (url, init = {}) => {
    const method = init.method ?? "GET";
    const key = `${method} ${url}`;
    const request = { url, method, headers: init.headers ?? {}, body: init.body ? JSON.parse(init.body) : undefined };
    calls.push(request);
    let answer = routes[key];
    if (typeof answer === "function") answer = await answer(request);
    if (answer instanceof Error) throw answer;
    if (answer === undefined) answer = json(404, { title: "Not Found", status: 404, detail: `no route ${key}`, kind: "NOT_FOUND" });
    if (!answer[ANSWER]) answer = json(200, answer);
    const text = answer.body === undefined ? "" : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status,
      headers: { "Content-Type": answer.status >= 400 ? "application/problem+json" : "application/json" },
    });
  });
  globalThis.fetch = fetchFake;
  return { calls, fetch: fetchFake };
}

export class FakeEventSource {
  static instances = [];
  constructor(url) {
    this.url = url;
    this.listeners = {};
    this.closed = false;
    this.readyState = 0;
    FakeEventSource.instances.push(this);
  }
  addEventListener(type, fn) {
    (this.listeners[type] ??= []).push(fn);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  /** Test side: deliver one named SSE event. */
  emit(type, data) {
    for (const fn of this.listeners[type] ?? []) fn({ type, data: JSON.stringify(data) });
  }
  open() {
    this.onopen?.({});
  }
  static latest() {
    return FakeEventSource.instances[FakeEventSource.instances.length - 1];
  }
}

export function installEventSource() {
  FakeEventSource.instances = [];
  globalThis.EventSource = FakeEventSource;
}

export const never = () => new Promise(() => {});

export function runSummary(overrides = {}) {
  return {
    runId: "r-1",
    kind: "sync",
    trigger: "manual",
    dryRun: false,
    startedAt: "2026-11-25T04:15:00Z",
    finishedAt: "2026-11-25T04:15:42Z",
    durationMs: 42000,
    outcome: "SUCCESS",
    counts: { created: 3, updated: 1, deleted: 0, unchanged: 31, failed: 0 },
    imagesImported: 2,
    errorSummary: null,
    failures: [],
    ...overrides,
  };
}

/** A healthy backend that has synced once, recently. */
export function healthyRoutes(overrides = {}) {
  const recent = new Date(Date.now() - 60_000).toISOString();
  const last = runSummary({ finishedAt: recent });
  return {
    "GET /api/health": { status: "UP", lastSuccessAt: recent, lastOutcome: "SUCCESS", staleAfterMs: 1_800_000, components: {} },
    "GET /api/sync/status": { running: false, currentRunId: null, lastRun: last, lastSuccessAt: recent, nextScheduledAt: null, staleAfterMs: 1_800_000 },
    "GET /api/notion/status": { dataSourceId: "ds-1", title: "WIRED CHAOS articles", published: 35, draft: 4, total: 39, newestEdit: recent, reachable: true, error: null },
    "GET /api/notion/pages?page=0&size=50": {
      items: [
        { pageId: "p1", title: "In sync", status: "Published", syncState: "in_sync", notionUrl: "https://www.notion.so/p1" },
        { pageId: "p2", title: "Edited today", status: "Published", syncState: "pending", notionUrl: "https://www.notion.so/p2" },
      ],
      page: 0,
      size: 50,
      total: 2,
    },
    "GET /api/wix/status": { collectionId: "NotionPages", itemCount: 35, managedCount: 35, lastWriteAt: recent, mediaImported: 12, reachable: true, error: null },
    "GET /api/sync/runs?page=0&size=30": { items: [last], page: 0, size: 30, total: 1 },
    ...overrides,
  };
}
