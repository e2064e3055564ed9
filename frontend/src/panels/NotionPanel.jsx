import { useState } from "react";
import LoadingPanel from "../components/LoadingPanel.jsx";
import { useNotionPages, useNotionStatus } from "../hooks/endpoints.js";
import { formatAbsolute, formatRelative } from "../format.js";

/** Notion side: data source, published/draft counts, newest edit, pending pages, reachability, last error. */
export default function NotionPanel({ refreshKey }) {
  const status = useNotionStatus(refreshKey);
  const pages = useNotionPages(refreshKey);
  const [showPending, setShowPending] = useState(false);
  const pending = (pages.data?.items ?? []).filter((p) => p.syncState !== "in_sync");

  return (
    <LoadingPanel title="Notion" testId="notion-panel" state={status} onRetry={status.reload}>
      {(s) => (
        <>
          <Reachability reachable={s.reachable} testId="notion-reachable" />
          <dl className="facts">
            <dt>Data source</dt>
            <dd data-testid="notion-source">{s.title ?? s.dataSourceId ?? "—"}</dd>
            <dt>Published</dt>
            <dd data-testid="notion-published">{s.published}</dd>
            <dt>Drafts</dt>
            <dd data-testid="notion-draft">{s.draft}</dd>
            <dt>Newest edit</dt>
            <dd data-testid="notion-newest-edit">
              {formatRelative(s.newestEdit)} <span className="hint">({formatAbsolute(s.newestEdit)})</span>
            </dd>
            <dt>Pending sync</dt>
            <dd data-testid="notion-pending">{pages.data ? pending.length : "…"}</dd>
          </dl>
          {s.error && (
            <p role="alert" className="state-error" data-testid="notion-error">
              <span aria-hidden="true">⚠</span> Last error ({s.error.kind}): {s.error.message}
            </p>
          )}
          {pending.length > 0 && (
            <button type="button" aria-expanded={showPending} onClick={() => setShowPending((v) => !v)}>
              {showPending ? "Hide" : "Show"} pages pending sync
            </button>
          )}
          {showPending && (
            <ul data-testid="notion-pending-list">
              {pending.map((p) => (
                <li key={p.pageId}>
                  <a href={p.notionUrl} target="_blank" rel="noreferrer">
                    {p.title}
                  </a>{" "}
                  — {p.syncState === "failed" ? `✖ failed: ${p.message ?? ""}` : "↻ pending"}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </LoadingPanel>
  );
}

export function Reachability({ reachable, testId }) {
  return (
    <p className={reachable ? "ok" : "bad"} data-testid={testId}>
      <span aria-hidden="true">{reachable ? "✔" : "✖"}</span> {reachable ? "Reachable" : "Not reachable"}
    </p>
  );
}
