package io.wiredchaos.notionwix.sync;

/** How a run ended. */
public enum RunOutcome {
  RUNNING,
  /** Everything planned was applied (or, for a dry run, planned). */
  SUCCESS,
  /** Some items failed; the rest were applied. */
  PARTIAL,
  /** The run stopped; see the failure kind. */
  FAILED,
  /** The process died during the run; found and marked by the next run. */
  INTERRUPTED,
  /** Another run held the lock; nothing was done. */
  SKIPPED_LOCKED
}
