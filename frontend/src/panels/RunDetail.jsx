import { explainError } from "../api/client.js";
import LoadingPanel from "../components/LoadingPanel.jsx";
import TokenPrompt from "../components/TokenPrompt.jsx";
import { useRollback } from "../hooks/useAdminAction.js";
import { useRun } from "../hooks/endpoints.js";
import { OUTCOME_ICON, formatDuration } from "../format.js";
import { ErrorSummary } from "./WixPanel.jsx";

/** One run's changes with field-level before/after, and Roll back (admin, confirmed first). */
export default function RunDetail({ runId, onClose, confirm = (m) => globalThis.confirm(m) }) {
  const run = useRun(runId);
  const rollback = useRollback(runId);
  const doRollback = () => {
    if (confirm(`Roll back run ${runId}? Wix items go back to how they were before this run.`)) rollback.send({ dryRun: false, force: false });
  };
  return (
    <LoadingPanel title={`Run ${runId}`} testId="run-detail" state={run} onRetry={run.reload}>
      {({ summary, changes }) => (
        <>
          <p>
            <span aria-hidden="true">{OUTCOME_ICON[summary.outcome]}</span> {summary.outcome} in {formatDuration(summary.durationMs)}
            {summary.dryRun ? " (dry run)" : ""}
          </p>
          <div className="row">
            <button type="button" onClick={onClose}>
              Close details
            </button>
            {!summary.dryRun && summary.kind !== "rollback" && (
              <button type="button" className="danger" data-testid="rollback" onClick={doRollback} disabled={rollback.pending}>
                Roll back
              </button>
            )}
          </div>
          {rollback.result && <p role="status">Rollback started as run {rollback.result.runId}.</p>}
          {rollback.error && !rollback.needsToken && <p role="alert">{explainError(rollback.error)}</p>}
          {rollback.needsToken && <TokenPrompt reason={explainError(rollback.error)} onSubmit={rollback.submitToken} onCancel={rollback.cancelToken} />}
          <ErrorSummary run={summary} />
          {changes.length === 0 ? (
            <p>This run changed nothing.</p>
          ) : (
            <ul className="changes" data-testid="run-changes">
              {changes.map((c) => (
                <li key={`${c.pageId}-${c.action}`}>
                  <strong>{c.action}</strong> {c.title} <span className="hint">({c.reason}, {c.outcome})</span>
                  {c.error && <span role="note"> ✖ {c.error}</span>}
                  {c.fields?.length > 0 && (
                    <table className="fields cards">
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {c.fields.map((f) => (
                          <tr key={f.name}>
                            <th scope="row">{f.name}</th>
                            <td data-label="Before">{show(f.before)}</td>
                            <td data-label="After">{show(f.after)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </LoadingPanel>
  );
}

const show = (v) => (v == null ? "—" : typeof v === "string" ? v : JSON.stringify(v));
