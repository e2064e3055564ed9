import { explainError } from "../api/client.js";
import TokenPrompt from "../components/TokenPrompt.jsx";
import { useRunPlan, useRuns } from "../hooks/endpoints.js";
import { usePlanRefresh } from "../hooks/useAdminAction.js";
import { formatAbsolute, formatRelative } from "../format.js";

const ACTION_ICON = { CREATE: "＋", UPDATE: "✎", DELETE: "✖" };

/**
 * The newest dry run that finished with a plan (SUCCESS or PARTIAL) in the history (newest first), and whether a
 * real sync finished after it, which makes its plan outdated. Null when the listed runs hold no such dry run.
 */
export function newestPlan(runs) {
  const items = runs ?? [];
  const index = items.findIndex((r) => r.dryRun && r.kind !== "rollback" && ["SUCCESS", "PARTIAL"].includes(r.outcome));
  if (index < 0) return null;
  const outdated = items.slice(0, index).some((r) => !r.dryRun && r.kind !== "rollback" && ["SUCCESS", "PARTIAL"].includes(r.outcome));
  return { run: items[index], outdated };
}

export function notionUrl(pageId) {
  return pageId ? `https://www.notion.so/${pageId.replaceAll("-", "")}` : undefined;
}

/**
 * "Pages pending sync" of the Notion panel: the changes of the newest dry-run plan (GET /api/sync/runs and
 * /runs/{id}/plan), refreshed on demand by starting a dry run (POST /api/sync/trigger, admin token). The
 * panels re-fetch on the SSE run-finished event, which brings the new plan in.
 */
export default function PendingPlan({ refreshKey, onTriggered }) {
  const runs = useRuns(refreshKey);
  const latest = newestPlan(runs.data?.items);
  const plan = useRunPlan(latest?.run.runId);
  // useApi keeps the previous answer while the next loads: only the plan of the run shown counts
  const planData = plan.data?.summary?.runId === latest?.run.runId ? plan.data : null;
  const refresh = usePlanRefresh();
  const requested = refresh.result?.runId;
  const requestedRun = (runs.data?.items ?? []).find((r) => r.runId === requested);
  const planning = Boolean(requested && !requestedRun?.finishedAt);
  const failedPlan = requestedRun?.outcome === "FAILED" ? requestedRun : null;
  const pending = (planData?.changes ?? []).filter((c) => c.action !== "NOOP");
  const state = planning ? "planning" : !latest ? "none" : !planData ? "loading" : latest.outdated ? "outdated" : "ready";
  const start = () => refresh.send({ dryRun: true, full: false, pageIds: [] }).then((r) => r && onTriggered?.(r.runId, { dryRun: true }));

  return (
    <div className="pending-plan" data-testid="notion-plan" data-state={state}>
      <h3>Pages pending sync</h3>
      <p data-testid="notion-plan-source">
        {state === "planning" && <>⏳ Planning (dry run {requested})…</>}
        {state === "none" && <>No dry-run plan yet. Press <strong>Check pending pages</strong> to plan without writing.</>}
        {state === "loading" && <>⏳ Loading the plan…</>}
        {(state === "ready" || state === "outdated") && (
          <>
            <strong data-testid="notion-pending">{pending.length}</strong> {pending.length === 1 ? "page" : "pages"} pending, from the dry run{" "}
            {formatRelative(latest.run.finishedAt)} <span className="hint">({formatAbsolute(latest.run.finishedAt)})</span>
          </>
        )}
      </p>
      {state === "outdated" && (
        <p className="hint" data-testid="notion-plan-outdated">
          <span aria-hidden="true">⏰</span> A sync ran after this plan; check again for the current list.
        </p>
      )}
      <button type="button" data-testid="refresh-plan" onClick={start} disabled={refresh.pending || planning}>
        {refresh.pending ? "Starting…" : "Check pending pages"}
      </button>
      {failedPlan && (
        <p role="alert" className="state-error" data-testid="refresh-plan-failed">
          <span aria-hidden="true">⚠</span> The dry run {failedPlan.runId} failed: {failedPlan.errorSummary ?? "see the run history"}
        </p>
      )}
      {refresh.error && !refresh.needsToken && (
        <p role="alert" className="state-error" data-testid="refresh-plan-error">
          <span aria-hidden="true">⚠</span> {explainError(refresh.error)}
        </p>
      )}
      {refresh.needsToken && (
        <TokenPrompt
          reason={explainError(refresh.error)}
          onSubmit={(token) => refresh.submitToken(token).then((r) => r && onTriggered?.(r.runId, { dryRun: true }))}
          onCancel={refresh.cancelToken}
        />
      )}
      {(state === "ready" || state === "outdated") && pending.length > 0 && (
        <ul className="pending-list" data-testid="notion-pending-list" aria-label="Pages pending sync">
          {pending.map((c) => (
            <li key={`${c.pageId ?? c.itemId}-${c.action}`}>
              <span aria-hidden="true">{ACTION_ICON[c.action] ?? "•"}</span> {c.action.toLowerCase()}{" "}
              {c.pageId ? (
                <a href={notionUrl(c.pageId)} target="_blank" rel="noreferrer">
                  {c.title ?? c.pageId}
                </a>
              ) : (
                (c.title ?? c.itemId)
              )}
              {c.reason && <span className="hint"> ({c.reason.toLowerCase().replaceAll("_", " ")})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
