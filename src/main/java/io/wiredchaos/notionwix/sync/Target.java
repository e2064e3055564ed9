package io.wiredchaos.notionwix.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where content goes (the Wix collection). Implementations throw {@link SyncFailure}. */
public interface Target {

  /**
   * Checks credentials and that the collection has the source's fields, before anything is written. When allowed,
   * creates a missing collection and adds the fields an existing one lacks (never changing or removing another
   * field). Problems are CONFIG failures naming what to fix.
   *
   * @return what it changed, one sentence per change, for the run report (empty when nothing)
   */
  List<String> prepare(SourceSchema schema, boolean createIfMissing);

  /**
   * Every item notion-wix manages in the collection (it carries a Notion page id), projected to the fields a plan
   * needs. Hand-made items are not listed; {@link #currentData} finds one whose id a new page would take.
   */
  List<ExistingItem> existingItems();

  /** The stored data of these items (for before-images and diffs); missing ids are absent from the map. */
  Map<String, Map<String, Object>> currentData(Collection<String> itemIds);

  /** Re-hosts one file and waits until it is ready. Throws {@link MediaExpired} when the source URL expired. */
  ImportedMedia importMedia(MediaSource media);

  /** Files already re-hosted, found in the media library by source key (used when the journal is empty). */
  Map<String, ImportedMedia> findImported(Collection<String> sourceKeys);

  /**
   * Of these re-hosted files ({@link ImportedMedia#mediaId()}), the ones that no longer exist in the media library
   * (deleted in the Media Manager). Cheap: one batched lookup per 100 ids.
   */
  java.util.Set<String> missingMedia(Collection<String> mediaIds);

  /** Creates or replaces items; one result per item, in order. */
  List<ItemResult> save(List<ItemWrite> items);

  /** Removes items; one result per item, in order. An item already gone counts as removed. */
  List<ItemResult> remove(List<String> itemIds);

  /** The source URL of a media import had expired; refresh it and try once more. */
  final class MediaExpired extends SyncFailure {
    public MediaExpired(String message) {
      super(FailureKind.DATA, message);
    }
  }
}
