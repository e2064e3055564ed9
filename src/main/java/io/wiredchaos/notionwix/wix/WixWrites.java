package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.sync.ItemResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Wix calls the target needs. Implementations pace requests within the key's budget, retry transient
 * failures, split bulk requests within Wix's limits, and throw {@link io.wiredchaos.notionwix.sync.SyncFailure}
 * with the right kind (a rejected key or site id is CONFIG and names the variable).
 */
public interface WixWrites {

  /** A collection's fields (key → type), or empty when it does not exist. */
  Optional<Map<String, String>> collectionFields(String collectionId);

  void createCollection(String collectionId, Map<String, String> fields);

  /** Adds these fields (key → type) to an existing collection, one create-field each; other fields are untouched. */
  void addFields(String collectionId, Map<String, String> fields);

  /**
   * Streams the data of every item notion-wix manages (those with a {@code notionPageId}), projected to
   * {@code fields} (system fields included). Hand-made items are not read: the requests grow with the synced pages,
   * not with the collection.
   */
  void queryManagedItems(String collectionId, List<String> fields, Consumer<Map<String, Object>> sink);

  /** Full data of these items; missing ids are absent. */
  Map<String, Map<String, Object>> getItems(String collectionId, Collection<String> ids);

  /** Bulk save (upsert) of complete items; one result per item, in order. */
  List<ItemResult> bulkSave(String collectionId, List<Map<String, Object>> items);

  /** Bulk remove; one result per id, in order; an id already gone is a success. */
  List<ItemResult> bulkRemove(String collectionId, List<String> ids);

  /** Imports a file from a URL and waits until it is ready; a failed import is a DATA failure. */
  MediaFile importFile(String url, String displayName);

  /** Files in the media library whose display name starts with {@code prefix}. */
  List<MediaFile> listFiles(String prefix);

  /**
   * Of these media ids (file ids or {@code wix:image://v1/<id>/…} URIs, as {@link MediaFile#id()}), those the media
   * library no longer has, or has only in its trash: one batched lookup per 100 ids.
   */
  java.util.Set<String> missingFiles(Collection<String> mediaIds);

  /** A file in the Wix Media Manager. */
  record MediaFile(String id, String displayName, String url, int width, int height) {}
}
