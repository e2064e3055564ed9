import { useEffect, useState } from "react";

/** EventSource retries on its own after network drops, but gives up (CLOSED) on an HTTP error answer. */
export const REOPEN_AFTER_MS = 10_000;
import { eventsUrl } from "../api/client.js";

/**
 * Live run state from /api/sync/events. EventSource reconnects on its own; `connected` mirrors it.
 * `finishedCount` increments on each run-finished so panels can re-fetch instead of polling.
 */
export function useSyncEvents() {
  const [live, setLive] = useState({ connected: false, run: null, progress: null, failures: [], finished: null, finishedCount: 0 });

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (typeof globalThis.EventSource !== "function") return undefined;
    const source = new globalThis.EventSource(eventsUrl());
    let reopen = null;
    const parse = (e) => {
      try {
        return JSON.parse(e.data);
      } catch {
        return null;
      }
    };
    source.onopen = () => setLive((s) => ({ ...s, connected: true }));
    source.onerror = () => {
      setLive((s) => ({ ...s, connected: false }));
      if (source.readyState === 2 && !reopen) reopen = setTimeout(() => setGeneration((g) => g + 1), REOPEN_AFTER_MS);
    };
    source.addEventListener("run-started", (e) => {
      const run = parse(e);
      setLive((s) => ({ ...s, connected: true, run, progress: null, failures: [], finished: null }));
    });
    source.addEventListener("progress", (e) => {
      const progress = parse(e);
      setLive((s) => ({ ...s, connected: true, progress, run: s.run ?? { runId: progress?.runId } }));
    });
    source.addEventListener("item-failed", (e) => {
      const failure = parse(e);
      setLive((s) => ({ ...s, failures: [...s.failures, failure] }));
    });
    source.addEventListener("run-finished", (e) => {
      const finished = parse(e);
      setLive((s) => ({ ...s, run: null, finished, finishedCount: s.finishedCount + 1 }));
    });
    return () => {
      clearTimeout(reopen);
      source.close();
    };
  }, [generation]);

  return live;
}
