import LoadingPanel from "../components/LoadingPanel.jsx";
import { useWixStatus } from "../hooks/endpoints.js";
import { formatAbsolute, formatRelative } from "../format.js";
import { Reachability } from "./NotionPanel.jsx";

/**
 * Wix side plus the last run's outcome (lastRun from /api/sync/status). "Last sync" is lastSyncAt, the status
 * route's lastSuccessAt: when the newest successful real sync finished, the one definition the banner uses too.
 */
export default function WixPanel({ refreshKey, lastRun, lastSyncAt }) {
  const status = useWixStatus(refreshKey);
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <LoadingPanel title="Wix" testId="wix-panel" state={status} onRetry={status.reload}>
      {(s) => (
        <>
          <Reachability reachable={s.reachable} testId="wix-reachable" />
          <dl className="facts">
            <dt>Collection</dt>
            <dd data-testid="wix-collection">{s.collectionId}</dd>
            <dt>Items</dt>
            <dd data-testid="wix-item-count">{s.itemCount}</dd>
            <dt>Last sync</dt>
            <dd data-testid="wix-last-sync">
              {lastSyncAt ? (
                <>
                  {formatRelative(lastSyncAt)} <time dateTime={lastSyncAt}>({formatAbsolute(lastSyncAt)}; time zone {tz})</time>
                </>
              ) : (
                "never"
              )}
            </dd>
            <dt>Images imported</dt>
            <dd data-testid="wix-images">{lastRun?.imagesImported ?? s.mediaImported ?? 0}</dd>
          </dl>
          {lastRun && <LastRunCounts run={lastRun} />}
          {s.error && (
            <p role="alert" className="state-error" data-testid="wix-error">
              <span aria-hidden="true">⚠</span> Last error ({s.error.kind}): {s.error.message}
            </p>
          )}
          {lastRun && <ErrorSummary run={lastRun} />}
        </>
      )}
    </LoadingPanel>
  );
}

function LastRunCounts({ run }) {
  const c = run.counts ?? {};
  return (
    <p data-testid="last-run-counts">
      Last run: created <strong>{c.created ?? 0}</strong>, updated <strong>{c.updated ?? 0}</strong>, deleted{" "}
      <strong>{c.deleted ?? 0}</strong>, failed <strong>{c.failed ?? 0}</strong>
    </p>
  );
}

export function ErrorSummary({ run }) {
  const failures = run.failures ?? [];
  if (!run.errorSummary && failures.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid="error-summary">
      <h3>
        <span aria-hidden="true">⚠</span> Failures in the last run
      </h3>
      {run.errorSummary && <p>{run.errorSummary}</p>}
      <ul>
        {failures.map((f) => (
          <li key={f.pageId}>
            <a href={f.notionUrl} target="_blank" rel="noreferrer">
              {f.title}
            </a>
            : {f.message} <span className="hint">({f.kind})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
