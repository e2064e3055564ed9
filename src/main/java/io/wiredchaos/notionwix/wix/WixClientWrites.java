package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.SyncFailure;
import io.wiredchaos.notionwix.wix.api.BulkItemResult;
import io.wiredchaos.notionwix.wix.api.WixCollection;
import io.wiredchaos.notionwix.wix.api.WixFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link WixWrites} on the {@link WixClient} and {@link WixMediaClient}. Per-item bulk errors keep their Wix code
 * in the message; timeouts and rate limits on one item are TRANSIENT (the engine sends them once more), the rest
 * DATA. Removing an item that is already gone counts as removed.
 */
public final class WixClientWrites implements WixWrites {

  /** Per-item codes worth one more attempt: WDE0028 operation timed out, WDE0014 rate limited (wix.md §4.2). */
  static final Set<String> TRANSIENT_CODES = Set.of("WDE0028", "WDE0014");
  static final int IDS_PER_QUERY = 100;

  private final WixClient client;
  /** How long an import may stay PENDING before it counts as failed (the item is then written without it). */
  static final java.time.Duration READY_TIMEOUT = java.time.Duration.ofMinutes(2);
  private final WixMediaClient media;

  public WixClientWrites(WixClient client, WixMediaClient media) {
    this.client = client;
    this.media = media;
  }

  @Override
  public Optional<Map<String, String>> collectionFields(String collectionId) {
    try {
      WixCollection collection = client.getCollection(collectionId);
      Map<String, String> fields = new LinkedHashMap<>();
      collection.fields().forEach(f -> fields.put(f.key(), f.type()));
      return Optional.of(fields);
    } catch (RemoteApiException.NotFound e) {
      return Optional.empty(); // 404 WDE0025 / WDE0026 (wix.md §4.2): the collection is not there
    }
  }

  @Override
  public void createCollection(String collectionId, Map<String, String> fields) {
    List<WixCollection.WixField> wixFields = new ArrayList<>();
    fields.forEach((key, type) -> wixFields.add(new WixCollection.WixField(key, key, type)));
    client.createCollection(collectionId, collectionId, wixFields);
  }

  @Override
  public void addFields(String collectionId, Map<String, String> fields) {
    fields.forEach((key, type) -> client.createField(collectionId, new WixCollection.WixField(key, key, type)));
  }

  @Override
  public void queryManagedItems(String collectionId, List<String> fields, Consumer<Map<String, Object>> sink) {
    ObjectNode managed = JsonNodeFactory.instance.objectNode();
    managed.putObject(WixTarget.PAGE_ID_FIELD).put("$exists", true);
    client.queryItems(collectionId, managed, fields, item -> sink.accept(withId(item.id(), item.data())));
  }

  @Override
  public Map<String, Map<String, Object>> getItems(String collectionId, Collection<String> ids) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    List<String> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      ObjectNode filter = JsonNodeFactory.instance.objectNode();
      var in = filter.putObject("_id").putArray("$in");
      all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)).forEach(in::add);
      client.queryItems(collectionId, filter, List.of(), item -> found.put(item.id(), withId(item.id(), item.data())));
    }
    return found;
  }

  @Override
  public List<ItemResult> bulkSave(String collectionId, List<Map<String, Object>> items) {
    List<BulkItemResult> results = client.bulkSave(collectionId, items);
    List<ItemResult> mapped = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      BulkItemResult r = results.get(i);
      String id = String.valueOf(items.get(i).get("_id"));
      mapped.add(r.success() ? ItemResult.stored(id, items.get(i)) : failed(id, r));
    }
    return mapped;
  }

  @Override
  public List<ItemResult> bulkRemove(String collectionId, List<String> ids) {
    List<BulkItemResult> results = client.bulkRemove(collectionId, ids);
    List<ItemResult> mapped = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      BulkItemResult r = results.get(i);
      boolean gone = r.success() || "WDE0073".equals(r.errorCode());
      mapped.add(gone ? ItemResult.stored(ids.get(i), null) : failed(ids.get(i), r));
    }
    return mapped;
  }

  @Override
  public MediaFile importFile(String url, String displayName) {
    WixFile file = media.importFile(url, displayName, null, null);
    WixFile ready = file.ready() ? file : media.awaitReady(file.id(), READY_TIMEOUT);
    return new MediaFile(ready.imageUri(), ready.displayName(), ready.url(), ready.width(), ready.height());
  }

  @Override
  public List<MediaFile> listFiles(String prefix) {
    List<MediaFile> files = new ArrayList<>();
    media.listFiles(null, f -> {
      if (f.displayName() != null && f.displayName().startsWith(prefix)) {
        files.add(new MediaFile(f.imageUri(), f.displayName(), f.url(), f.width(), f.height()));
      }
    });
    return files;
  }

  @Override
  public Set<String> missingFiles(Collection<String> mediaIds) {
    Map<String, List<String>> byFileId = new LinkedHashMap<>();
    mediaIds.forEach(id -> byFileId.computeIfAbsent(fileId(id), k -> new ArrayList<>()).add(id));
    List<String> fileIds = List.copyOf(byFileId.keySet());
    Set<String> live = new java.util.HashSet<>();
    for (int from = 0; from < fileIds.size(); from += WixMediaClient.IDS_PER_LOOKUP) {
      List<String> chunk = fileIds.subList(from, Math.min(fileIds.size(), from + WixMediaClient.IDS_PER_LOOKUP));
      live.addAll(liveFiles(chunk));
    }
    Set<String> missing = new java.util.HashSet<>();
    byFileId.forEach((fileId, ids) -> {
      if (!live.contains(fileId)) {
        missing.addAll(ids);
      }
    });
    return missing;
  }

  /**
   * The live files among {@code fileIds}. Wix documents no error for an id it no longer has (only 400 for a bad
   * argument), so if the batch is refused as a whole (400/404) each id is read alone, a 404 meaning gone.
   */
  private Set<String> liveFiles(List<String> fileIds) {
    Set<String> live = new java.util.HashSet<>();
    try {
      media.getFiles(fileIds).stream().filter(f -> !f.deleted() && !f.failed()).forEach(f -> live.add(f.id()));
    } catch (RemoteApiException.NotFound | RemoteApiException.InvalidRequest refused) {
      for (String id : fileIds) {
        try {
          WixFile file = media.getFile(id);
          if (!file.deleted() && !file.failed()) {
            live.add(id);
          }
        } catch (RemoteApiException.NotFound gone) {
          // purged: not live
        }
      }
    }
    return live;
  }

  /** The file id inside a media URI ({@code wix:image://v1/<id>/<name>#…}, wix.md §6.4), or the value itself. */
  static String fileId(String mediaId) {
    if (mediaId.startsWith("wix:") && mediaId.contains("://v1/")) {
      String rest = mediaId.substring(mediaId.indexOf("://v1/") + "://v1/".length());
      int end = rest.indexOf('/');
      return end < 0 ? rest : rest.substring(0, end);
    }
    return mediaId;
  }

  private static ItemResult failed(String id, BulkItemResult r) {
    FailureKind kind = TRANSIENT_CODES.contains(r.errorCode()) ? FailureKind.TRANSIENT : FailureKind.DATA;
    return ItemResult.failed(id, kind, (r.errorCode() == null ? "" : r.errorCode() + ": ") + r.errorMessage());
  }

  private static Map<String, Object> withId(String id, Map<String, Object> data) {
    Map<String, Object> copy = new LinkedHashMap<>(data);
    copy.putIfAbsent("_id", id);
    return copy;
  }

}
