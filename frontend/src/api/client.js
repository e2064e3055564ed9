/**
 * The only module that knows the API base path. Every non-2xx answer becomes an ApiError built from the
 * RFC 9457 problem+json body (docs/api.md): {status, kind, message, body}.
 */
export const API_BASE = "/api";
const TOKEN_KEY = "notion-wix.adminToken";

export class ApiError extends Error {
  constructor(status, kind, message, body) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.kind = kind;
    this.code = kind;
    this.body = body;
  }
}

/** The admin token lives only in sessionStorage (never in code or localStorage). */
export const adminToken = {
  get: () => globalThis.sessionStorage?.getItem(TOKEN_KEY) ?? null,
  set: (token) => globalThis.sessionStorage?.setItem(TOKEN_KEY, token),
  clear: () => globalThis.sessionStorage?.removeItem(TOKEN_KEY),
};

/**
 * `serve` and `demo` on loopback without SYNC_ADMIN_TOKEN print a dashboard link ending in `#token=…` (a
 * fragment: never sent to the server or in Referer). Move that token to sessionStorage and drop it from the
 * address bar and history, keeping the path and query. Answers whether a token was taken.
 */
export function adoptTokenFromUrl(location = globalThis.location, history = globalThis.history) {
  const match = /^#(?:.*&)?token=([^&]+)/.exec(location?.hash ?? "");
  if (!match) return false;
  adminToken.set(decodeURIComponent(match[1]));
  history?.replaceState(history.state, "", `${location.pathname}${location.search}`);
  return true;
}

export function eventsUrl() {
  return `${API_BASE}/sync/events`;
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text };
  }
}

export async function apiRequest(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = adminToken.get();
  if (method !== "GET" && token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, "NETWORK", "The notion-wix service cannot be reached. Is it running?", { cause: String(cause) });
  }
  const data = await readBody(response);
  if (!response.ok) {
    const kind = data?.kind ?? (response.status >= 500 ? "BUG" : "HTTP");
    const message = data?.detail ?? data?.title ?? `HTTP ${response.status}`;
    throw new ApiError(response.status, kind, message, data);
  }
  return data;
}

/** Plain words for the statuses an operator meets when pressing buttons. */
export function explainError(error) {
  if (!(error instanceof ApiError)) return String(error?.message ?? error);
  switch (error.status) {
    case 0:
      return error.message;
    case 401:
      return "The admin token is missing or wrong. Enter the token set in SYNC_ADMIN_TOKEN.";
    case 403:
      return `This action is not allowed: ${error.message} (the server may have no SYNC_ADMIN_TOKEN configured).`;
    case 409:
      return "A sync is already running — watch its progress below.";
    default:
      return `${error.message} (HTTP ${error.status}, ${error.kind})`;
  }
}
