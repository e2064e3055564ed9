import { useApi } from "./useApi.js";

// One hook per GET endpoint of docs/api.md. `refreshKey` comes from SSE run events.
export const useHealth = (refreshKey) => useApi("/health", { refreshKey, pollMs: 30_000 });
export const useSyncStatus = (refreshKey) => useApi("/sync/status", { refreshKey, pollMs: 30_000 });
export const useNotionStatus = (refreshKey) => useApi("/notion/status", { refreshKey, pollMs: 60_000 });
export const useNotionPages = (refreshKey) => useApi("/notion/pages?page=0&size=50", { refreshKey });
export const useWixStatus = (refreshKey) => useApi("/wix/status", { refreshKey, pollMs: 60_000 });
export const useRuns = (refreshKey) => useApi("/sync/runs?page=0&size=30", { refreshKey });
export const useRun = (runId) => useApi(runId ? `/sync/runs/${encodeURIComponent(runId)}` : null, { enabled: Boolean(runId) });
export const useRunPlan = (runId) =>
  useApi(runId ? `/sync/runs/${encodeURIComponent(runId)}/plan` : null, { enabled: Boolean(runId) });
