import { useCallback, useEffect, useState } from "react";
import { apiRequest } from "../api/client.js";

/** Shared refresh floor: nothing polls faster than this; SSE events trigger refreshes instead. */
export const MIN_POLL_MS = 10_000;

/**
 * GET one resource. `refreshKey` changes (for example on an SSE run-finished event) re-fetch it;
 * `pollMs` (>= MIN_POLL_MS) re-fetches on a timer. Keeps the previous data while refreshing.
 */
export function useApi(path, { refreshKey = 0, pollMs = 0, enabled = true } = {}) {
  const [state, setState] = useState({ data: null, error: null, loading: Boolean(enabled && path) });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled || !path) return undefined;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    apiRequest(path).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [path, refreshKey, tick, enabled]);

  useEffect(() => {
    if (!pollMs) return undefined;
    const id = setInterval(() => setTick((t) => t + 1), Math.max(pollMs, MIN_POLL_MS));
    return () => clearInterval(id);
  }, [pollMs]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
