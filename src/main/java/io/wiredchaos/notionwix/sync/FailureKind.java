package io.wiredchaos.notionwix.sync;

/**
 * What kind of failure stopped a run or an item. It decides retry, exit code, health and the words shown; the
 * remote layer has the same four kinds, and adapters translate by name.
 */
public enum FailureKind {
  /** Settings, credentials, sharing or schema: an operator must fix something; retrying won't help. */
  CONFIG,
  /** Rate limits, outages, network: retrying later will likely work. */
  TRANSIENT,
  /** One item's content was rejected; the rest of the run goes on. */
  DATA,
  /** Our defect. */
  BUG
}
