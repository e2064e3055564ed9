package io.wiredchaos.notionwix.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory Wix collection and media library that counts writes. */
final class FakeTarget implements Target {

  final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
  final Map<String, Instant> writtenAt = new HashMap<>();
  final Map<String, ImportedMedia> library = new HashMap<>();
  final Set<String> rejecting = new HashSet<>();
  final Set<String> expiredUrls = new HashSet<>();
  final Set<String> brokenMedia = new HashSet<>();
  private final Clock clock;
  int saveRequests;
  int removeRequests;
  int imports;
  int mediaChecks;
  int transientOnce;

  FakeTarget(Clock clock) {
    this.clock = clock;
  }

  void handMade(String id, String title) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    items.put(id, data);
  }

  @Override
  public List<String> prepare(SourceSchema schema, boolean createIfMissing) {
    return List.of();
  }

  @Override
  public List<ExistingItem> existingItems() {
    List<ExistingItem> list = new ArrayList<>();
    // as WixTarget: only the items notion-wix manages
    items.entrySet().stream().filter(e -> e.getValue().get("notionPageId") != null)
        .forEach(e -> addExisting(list, e.getKey(), e.getValue()));
    return list;
  }

  private void addExisting(List<ExistingItem> list, String id, Map<String, Object> data) {
    list.add(new ExistingItem(id, (String) data.get("notionPageId"),
        data.get("notionLastEdited") == null ? null : Instant.parse((String) data.get("notionLastEdited")),
        (String) data.get("syncHash"), (String) data.get("title"), writtenAt.get(id)));
  }

  @Override
  public Map<String, Map<String, Object>> currentData(Collection<String> itemIds) {
    Map<String, Map<String, Object>> found = new HashMap<>();
    itemIds.stream().filter(items::containsKey).forEach(id -> found.put(id, Map.copyOf(items.get(id))));
    return found;
  }

  @Override
  public synchronized ImportedMedia importMedia(MediaSource media) {
    imports++;
    if (brokenMedia.contains(media.sourceKey())) {
      throw new SyncFailure(FailureKind.DATA, "download failed");
    }
    if (expiredUrls.contains(media.url())) {
      throw new MediaExpired("source URL expired");
    }
    ImportedMedia imported = new ImportedMedia(media.sourceKey(), "wix:image://v1/" + media.sourceKey(),
        "https://static.wixstatic.com/media/" + media.sourceKey(), 10, 10);
    library.put(media.sourceKey(), imported);
    return imported;
  }

  @Override
  public Map<String, ImportedMedia> findImported(Collection<String> sourceKeys) {
    Map<String, ImportedMedia> found = new HashMap<>();
    sourceKeys.stream().filter(library::containsKey).forEach(k -> found.put(k, library.get(k)));
    return found;
  }

  @Override
  public synchronized java.util.Set<String> missingMedia(Collection<String> mediaIds) {
    mediaChecks++;
    java.util.Set<String> live = new java.util.HashSet<>();
    library.values().forEach(m -> live.add(m.mediaId()));
    return mediaIds.stream().filter(id -> !live.contains(id)).collect(java.util.stream.Collectors.toSet());
  }

  /** Deletes a re-hosted file from the library, as the Media Manager would. */
  public synchronized void deleteMedia(String sourceKey) {
    library.remove(sourceKey);
  }

  @Override
  public List<ItemResult> save(List<ItemWrite> writes) {
    saveRequests++;
    List<ItemResult> results = new ArrayList<>();
    for (ItemWrite write : writes) {
      if (rejecting.contains(write.itemId())) {
        results.add(ItemResult.failed(write.itemId(), FailureKind.DATA, "WDE0080: invalid rich content"));
      } else if (transientOnce > 0) {
        transientOnce--;
        results.add(ItemResult.failed(write.itemId(), FailureKind.TRANSIENT, "WDE0028: timeout"));
      } else {
        Map<String, Object> data = new LinkedHashMap<>(write.data());
        data.put("images", write.media().keySet().stream().sorted().toList());
        items.put(write.itemId(), data);
        writtenAt.put(write.itemId(), clock.instant());
        results.add(ItemResult.stored(write.itemId(), data));
      }
    }
    return results;
  }

  @Override
  public List<ItemResult> remove(List<String> itemIds) {
    removeRequests++;
    itemIds.forEach(items::remove);
    return itemIds.stream().map(id -> ItemResult.stored(id, null)).toList();
  }
}
