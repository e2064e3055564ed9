import { useState } from "react";
import { explainError } from "../api/client.js";
import { useTriggerSync } from "../hooks/useAdminAction.js";
import TokenPrompt from "./TokenPrompt.jsx";

/** "Sync now" with dry-run / full options; POST /api/sync/trigger, token prompt on 401/403. */
export default function SyncControls({ running, onTriggered }) {
  const [dryRun, setDryRun] = useState(false);
  const [full, setFull] = useState(false);
  const trigger = useTriggerSync();
  const accepted = (result) => result && onTriggered?.(result.runId, { dryRun });

  return (
    <section className="panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Run a sync</h2>
      <div className="row">
        <label>
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} data-testid="option-dry-run" /> Dry run (plan only, write nothing)
        </label>
        <label>
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} data-testid="option-full" /> Full (re-read every page body)
        </label>
      </div>
      <button
        type="button"
        className="primary"
        data-testid="sync-now"
        disabled={trigger.pending}
        onClick={() => trigger.send({ dryRun, full, pageIds: [] }).then(accepted)}
      >
        {trigger.pending ? "Starting…" : "Sync now"}
      </button>
      {running && <span className="hint"> A run is in progress.</span>}
      {trigger.result && (
        <p role="status" data-testid="trigger-accepted">
          <span aria-hidden="true">✔</span> Run {trigger.result.runId} started.
        </p>
      )}
      {trigger.error && !trigger.needsToken && (
        <p role="alert" className="state-error" data-testid="trigger-error">
          <span aria-hidden="true">⚠</span> {explainError(trigger.error)}
        </p>
      )}
      {trigger.needsToken && (
        <TokenPrompt
          reason={explainError(trigger.error)}
          onSubmit={(token) => trigger.submitToken(token).then(accepted)}
          onCancel={trigger.cancelToken}
        />
      )}
    </section>
  );
}
