package io.wiredchaos.notionwix.sync;

/** Why a run acts on an item; shown in plans and run details. */
public enum ChangeReason {
  /** Published page with no item yet. */
  NEW_PAGE,
  /** The page was edited and its mapped content differs. */
  EDITED,
  /** Re-read because of {@code --full} or a mapping change, and the content differs. */
  REMAPPED,
  /**
   * Content unchanged ({@code --full}), but a re-hosted file it shows was deleted from the Wix media library; the
   * file was imported again and the item rewritten to point at it.
   */
  MEDIA_REPLACED,
  /** The item's page is no longer published, was trashed or no longer exists. */
  NOT_PUBLISHED,
  /** Mapped content equals what Wix holds. */
  UNCHANGED,
  /** Restoring an earlier version (rollback). */
  ROLLBACK
}
