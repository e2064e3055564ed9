import LoadingPanel from "../components/LoadingPanel.jsx";
import { useRuns } from "../hooks/endpoints.js";
import { OUTCOME_ICON, formatAbsolute, formatDuration } from "../format.js";
import { Suspense, lazy } from "react";

// The chart library is most of the bundle; load it after the numbers operators need first.
const RunsChart = lazy(() => import("./RunsChart.jsx"));

/** Run history (newest first, /api/sync/runs) with a chart of the last 30 and a "Details" button per run. */
export default function RunsTable({ refreshKey, onSelect }) {
  const runs = useRuns(refreshKey);
  return (
    <LoadingPanel
      title="Run history"
      testId="runs-panel"
      state={runs}
      onRetry={runs.reload}
      isEmpty={(d) => (d.items ?? []).length === 0}
      empty={<p>No runs yet. Press <strong>Sync now</strong> above (try a dry run first).</p>}
    >
      {(d) => (
        <>
          <Suspense fallback={<p className="hint">Loading chart…</p>}>
            <RunsChart runs={d.items} />
          </Suspense>
          <div className="table-scroll">
            <table className="cards" data-testid="runs-table">
              <caption className="visually-hidden">Sync runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Created / updated / deleted / failed</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((r) => (
                  <tr key={r.runId} data-testid={`run-row-${r.runId}`}>
                    <td data-label="Started">{formatAbsolute(r.startedAt)}</td>
                    <td data-label="Duration">{formatDuration(r.durationMs)}</td>
                    <td data-label="Outcome">
                      <span aria-hidden="true">{OUTCOME_ICON[r.outcome] ?? "?"}</span> {r.outcome}
                      {r.dryRun ? " (dry run)" : ""}
                      {r.kind === "rollback" ? " (rollback)" : ""}
                    </td>
                    <td data-label="Created / updated / deleted / failed">
                      {r.counts?.created ?? 0} / {r.counts?.updated ?? 0} / {r.counts?.deleted ?? 0} / {r.counts?.failed ?? 0}
                    </td>
                    <td>
                      <button type="button" onClick={() => onSelect(r.runId)} aria-label={`Details of run ${r.runId}`}>
                        Details
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </LoadingPanel>
  );
}
