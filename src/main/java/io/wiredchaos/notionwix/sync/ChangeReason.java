package io.wiredchaos.notionwix.sync;

/** Why a run acts on an item; shown in plans and run details. */
public enum ChangeReason {
  /** Published page with no item yet. */
  NEW_PAGE,
  /** The page was edited and its mapped content differs. */
  EDITED,
  /** Re-read because of {@code --full} or a mapping change, and the content differs. */
  REMAPPED,
  /** The item's page is no longer published, was trashed or no longer exists. */
  NOT_PUBLISHED,
  /** Mapped content equals what Wix holds. */
  UNCHANGED,
  /** Restoring an earlier version (rollback). */
  ROLLBACK
}
