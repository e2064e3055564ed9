import { explainError } from "../api/client.js";

/**
 * The one wrapper for a panel's four states: loading (nothing yet), error (backend down; keeps stale
 * data visible if we had some), empty (isEmpty(data); shows `empty`), content (children(data)).
 */
export default function LoadingPanel({ title, testId, state, isEmpty = () => false, empty, onRetry, children }) {
  const headingId = `${testId}-heading`;
  const { data, error, loading } = state;
  let body;
  if (loading && !data) {
    body = (
      <p className="state state-loading" role="status" data-testid={`${testId}-loading`}>
        <span aria-hidden="true">⏳</span> Loading…
      </p>
    );
  } else if (error && !data) {
    body = (
      <div className="state state-error" role="alert" data-testid={`${testId}-error`}>
        <p>
          <span aria-hidden="true">⚠</span> Could not load: {explainError(error)}
        </p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  } else if (data && isEmpty(data)) {
    body = (
      <div className="state state-empty" data-testid={`${testId}-empty`}>
        {empty}
      </div>
    );
  } else if (data) {
    body = (
      <>
        {error && (
          <p className="state state-error" role="alert">
            <span aria-hidden="true">⚠</span> Showing older data; refresh failed: {explainError(error)}
          </p>
        )}
        {children(data)}
      </>
    );
  }
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={testId} aria-busy={loading ? "true" : "false"}>
      <h2 id={headingId}>{title}</h2>
      {body}
    </section>
  );
}
