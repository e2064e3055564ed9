package io.wiredchaos.notionwix.remote;

/**
 * What a remote failure means for the run (DESIGN.md §3). This one field drives retry, exit code, health status
 * and the words on the dashboard.
 */
public enum FailureKind {
  /** Settings are wrong (token, ids, sharing, permissions): an operator must act; retrying cannot help. */
  CONFIG,
  /** The service is busy or unreachable: retried here, and a later run will succeed. */
  TRANSIENT,
  /** One item or request is unacceptable (too large, invalid value): report it and carry on with the rest. */
  DATA,
  /** The service answered something this client cannot understand: a defect on our side. */
  BUG
}
