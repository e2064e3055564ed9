import { explainError } from "../api/client.js";
import { formatAbsolute, formatRelative } from "../format.js";

/**
 * The at-a-glance answer: backend down, never synced (what to do), stale (last success older than
 * staleAfterMs), or fine. `now` is injectable for tests.
 */
export default function SyncStatusBanner({ state, now = Date.now() }) {
  const { data, error, loading } = state;
  if (loading && !data) return <p role="status" data-testid="sync-status" data-state="loading">⏳ Checking sync status…</p>;
  if (error && !data) {
    return (
      <div role="alert" className="banner banner-error" data-testid="sync-status" data-state="error">
        <p>
          <span aria-hidden="true">✖</span> <strong>Backend unreachable.</strong> {explainError(error)}
        </p>
        <p>Start it with <code>./notion-wix serve</code> and reload this page.</p>
      </div>
    );
  }
  if (!data) return null;
  if (!data.lastRun) {
    return (
      <div className="banner banner-empty" data-testid="sync-status" data-state="empty">
        <p>
          <span aria-hidden="true">ℹ</span> <strong>Never synced.</strong> Press <strong>Sync now</strong> (start with a dry run).
        </p>
        <p>
          If it fails, check the configuration: <code>NOTION_API_TOKEN</code>, <code>NOTION_DATABASE_ID</code>, <code>WIX_API_KEY</code>,{" "}
          <code>WIX_SITE_ID</code> (run <code>./notion-wix doctor</code>).
        </p>
      </div>
    );
  }
  const lastSuccess = data.lastSuccessAt;
  const stale = data.staleAfterMs != null && (!lastSuccess || now - new Date(lastSuccess).getTime() > data.staleAfterMs);
  if (stale) {
    return (
      <div role="alert" className="banner banner-stale" data-testid="sync-status" data-state="stale">
        <p>
          <span aria-hidden="true">⏰</span> <strong>Stale:</strong> the last successful sync was {formatRelative(lastSuccess, now)}
          {lastSuccess ? ` (${formatAbsolute(lastSuccess)})` : ""}, longer ago than the {Math.round(data.staleAfterMs / 60000)} min limit. See
          the last run&apos;s errors below or press Sync now.
        </p>
      </div>
    );
  }
  return (
    <p className="banner banner-ok" data-testid="sync-status" data-state="ok">
      <span aria-hidden="true">✔</span> Last successful sync {formatRelative(lastSuccess, now)} ({formatAbsolute(lastSuccess)}).
      {data.nextScheduledAt ? ` Next scheduled ${formatAbsolute(data.nextScheduledAt)}.` : ""}
    </p>
  );
}
