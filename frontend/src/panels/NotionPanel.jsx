import { useState } from "react";
import LoadingPanel from "../components/LoadingPanel.jsx";
import PendingPlan from "./PendingPlan.jsx";
import { useNotionPages, useNotionStatus } from "../hooks/endpoints.js";
import { formatAbsolute, formatRelative } from "../format.js";

/**
 * Notion side: data source, published/draft counts, newest edit, pages edited since the last sync, pages pending
 * sync from the newest dry-run plan (refreshed on demand), reachability, last error.
 */
export default function NotionPanel({ refreshKey, onTriggered }) {
  const status = useNotionStatus(refreshKey);
  const pages = useNotionPages(refreshKey);
  const [showEdited, setShowEdited] = useState(false);
  // the backend's cheap estimate without a plan: edited after the last sync (finish of the last success), or failed in it
  const edited = (pages.data?.items ?? []).filter((p) => p.syncState !== "in_sync");

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
            <dt>Edited since last sync</dt>
            <dd data-testid="notion-edited">{pages.data ? edited.length : "…"}</dd>
          </dl>
          {s.error && (
            <p role="alert" className="state-error" data-testid="notion-error">
              <span aria-hidden="true">⚠</span> Last error ({s.error.kind}): {s.error.message}
            </p>
          )}
          {edited.length > 0 && (
            <button type="button" aria-expanded={showEdited} onClick={() => setShowEdited((v) => !v)}>
              {showEdited ? "Hide" : "Show"} pages edited since the last sync
            </button>
          )}
          {showEdited && (
            <ul data-testid="notion-edited-list">
              {edited.map((p) => (
                <li key={p.pageId}>
                  <a href={p.notionUrl} target="_blank" rel="noreferrer">
                    {p.title}
                  </a>{" "}
                  — {p.syncState === "failed" ? `✖ failed: ${p.message ?? ""}` : "↻ edited"}
                </li>
              ))}
            </ul>
          )}
          <PendingPlan refreshKey={refreshKey} onTriggered={onTriggered} />
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
