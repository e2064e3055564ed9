/**
 * The live strip fed by SSE; aria-live so screen readers hear phase changes and the finish. Pages that failed stay
 * listed after the run finished, until the next run starts.
 */
export default function ProgressStrip({ live }) {
  const { connected, run, progress, failures, finished } = live;
  let text;
  if (run) {
    const p = progress && progress.runId === run.runId ? progress : null;
    text = p ? `Run ${run.runId}${run.dryRun ? " (dry run)" : ""}: ${p.phase} ${p.done}/${p.total}` : `Run ${run.runId}${run.dryRun ? " (dry run)" : ""} started…`;
  } else if (finished) {
    const c = finished.counts ?? {};
    text = `Run ${finished.runId} finished: ${finished.outcome} — created ${c.created ?? 0}, updated ${c.updated ?? 0}, deleted ${c.deleted ?? 0}, failed ${c.failed ?? 0}`;
  } else {
    text = "No run in progress.";
  }
  const pct = run && progress?.total ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <section className="panel progress" aria-labelledby="progress-heading" data-testid="progress">
      <h2 id="progress-heading">Live progress</h2>
      <p className="hint" data-testid="events-connection">
        <span aria-hidden="true">{connected ? "●" : "○"}</span> {connected ? "Live updates connected" : "Live updates reconnecting…"}
      </p>
      <p aria-live="polite" role="status" data-testid="progress-text">
        {text}
      </p>
      {pct != null && <progress max="100" value={pct} aria-label="Run progress" />}
      {(run || finished) && failures.length > 0 && (
        <ul aria-label="Pages that failed in this run">
          {failures.map((f) => (
            <li key={f.pageId}>
              <span aria-hidden="true">✖</span> {f.title}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
