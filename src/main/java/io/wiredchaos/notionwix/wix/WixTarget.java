package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.mapping.MediaRewrite;
import io.wiredchaos.notionwix.mapping.WixMedia;
import io.wiredchaos.notionwix.sync.ExistingItem;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.ImportedMedia;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.ItemWrite;
import io.wiredchaos.notionwix.sync.MediaSource;
import io.wiredchaos.notionwix.sync.SourceSchema;
import io.wiredchaos.notionwix.sync.SyncFailure;
import io.wiredchaos.notionwix.sync.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's target on a Wix collection. Items are written whole (Wix save replaces the item, wix.md §2.3)
 * with {@code _id} = Notion page id. Media placeholders are replaced by re-hosted files just before sending,
 * and an item over Wix's 500 KB limit is reported, never sent.
 */
public final class WixTarget implements Target {

  /** Wix rejects items over 500 KB (wix.md §2.3); budget the serialized JSON against 500,000 bytes. */
  static final int MAX_ITEM_BYTES = 500_000;
  static final String PAGE_ID_FIELD = "notionPageId";
  static final List<String> PROJECTION = List.of("_id", "_updatedDate", "title", "notionPageId",
      "notionLastEdited", "syncHash");

  private final WixWrites wix;
  private final WixSettings settings;
  private final MediaNames mediaNames = new MediaNames();
  /** The collection's field types as {@link #prepare} found or created them; values are fitted to them on save. */
  private volatile Map<String, String> fieldTypes = Map.of();

  public WixTarget(WixWrites wix, WixSettings settings) {
    this.wix = wix;
    this.settings = settings;
  }

  @Override
  public List<String> prepare(SourceSchema schema, boolean createIfMissing) {
    Optional<Map<String, String>> fields = wix.collectionFields(settings.collectionId());
    if (fields.isEmpty()) {
      if (!createIfMissing) {
        throw new SyncFailure(FailureKind.CONFIG, "the Wix collection \"" + settings.collectionId() + "\" does"
            + " not exist on site " + settings.siteId() + " (Wix answered 404 WDE0025/WDE0026); run once with"
            + " --create-collection to create it from the mapping (a --dry-run never creates it), or set"
            + " WIX_COLLECTION_ID to an existing collection");
      }
      wix.createCollection(settings.collectionId(), schema.fields());
      fieldTypes = Map.copyOf(schema.fields());
      return List.of("created the Wix collection \"" + settings.collectionId() + "\" with " + schema.fields().size()
          + " fields");
    }
    Map<String, String> types = new HashMap<>(fields.get());
    Map<String, String> missing = new java.util.TreeMap<>(schema.fields());
    missing.keySet().removeAll(types.keySet());
    if (missing.isEmpty()) {
      fieldTypes = java.util.Collections.unmodifiableMap(types);
      return List.of();
    }
    String listed = String.join(", ", missing.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
        .toList());
    if (!createIfMissing) {
      throw new SyncFailure(FailureKind.CONFIG, "the Wix collection \"" + settings.collectionId() + "\" lacks the"
          + " mapped field(s) " + listed + "; `sync --create-collection` adds them (a --dry-run only lists them),"
          + " or add them in the CMS, or adjust SYNC_MAPPING_FILE");
    }
    // Only fields the mapping writes and the collection lacks are added; existing fields are never changed.
    wix.addFields(settings.collectionId(), missing);
    types.putAll(missing);
    fieldTypes = java.util.Collections.unmodifiableMap(types);
    return List.of("added " + missing.size() + " field(s) to the Wix collection \"" + settings.collectionId()
        + "\": " + listed + "; its other fields are unchanged");
  }

  @Override
  public List<ExistingItem> existingItems() {
    List<ExistingItem> items = new ArrayList<>();
    wix.queryManagedItems(settings.collectionId(), PROJECTION, data -> items.add(new ExistingItem(
        String.valueOf(data.get("_id")), text(data.get("notionPageId")), WixValues.instant(data.get("notionLastEdited")),
        text(data.get("syncHash")), text(data.get("title")), WixValues.instant(data.get("_updatedDate")))));
    return items;
  }

  @Override
  public Map<String, Map<String, Object>> currentData(Collection<String> itemIds) {
    return itemIds.isEmpty() ? Map.of() : wix.getItems(settings.collectionId(), itemIds);
  }

  @Override
  public ImportedMedia importMedia(MediaSource media) {
    try {
      WixWrites.MediaFile file = wix.importFile(media.url(), mediaNames.displayName(media));
      return new ImportedMedia(media.sourceKey(), file.id(), file.url(), file.width(), file.height());
    } catch (SyncFailure failure) {
      if (failure.kind() == FailureKind.DATA && SignedUrls.isSigned(media.url())) {
        throw new MediaExpired("Wix could not download " + media.sourceKey() + " (" + failure.getMessage()
            + "); its signed Notion URL has probably expired");
      }
      throw failure;
    }
  }

  @Override
  public Map<String, ImportedMedia> findImported(Collection<String> sourceKeys) {
    Map<String, String> keysByName = new HashMap<>();
    sourceKeys.forEach(key -> keysByName.put(mediaNames.stem(key), key));
    Map<String, ImportedMedia> found = new HashMap<>();
    for (WixWrites.MediaFile file : wix.listFiles(MediaNames.PREFIX)) {
      String key = keysByName.get(mediaNames.stemOf(file.displayName()));
      if (key != null) {
        found.put(key, new ImportedMedia(key, file.id(), file.url(), file.width(), file.height()));
      }
    }
    return found;
  }

  @Override
  public java.util.Set<String> missingMedia(Collection<String> mediaIds) {
    return mediaIds.isEmpty() ? java.util.Set.of() : wix.missingFiles(mediaIds);
  }

  @Override
  public List<ItemResult> save(List<ItemWrite> writes) {
    List<Map<String, Object>> send = new ArrayList<>();
    Map<Integer, ItemResult> rejected = new HashMap<>();
    for (int i = 0; i < writes.size(); i++) {
      Map<String, Object> data = WixValues.fitted(prepareData(writes.get(i)), fieldTypes);
      int bytes = WixValues.jsonBytes(data);
      if (bytes > MAX_ITEM_BYTES) {
        rejected.put(i, ItemResult.failed(writes.get(i).itemId(), FailureKind.DATA, String.format(
            "the item is %d KB, over Wix's 500 KB item limit; it was not sent. Shorten the page or split it",
            bytes / 1000)));
      } else {
        send.add(data);
      }
    }
    List<ItemResult> sent = send.isEmpty() ? List.of() : wix.bulkSave(settings.collectionId(), send);
    List<ItemResult> results = new ArrayList<>(writes.size());
    int next = 0;
    for (int i = 0; i < writes.size(); i++) {
      results.add(rejected.containsKey(i) ? rejected.get(i) : sent.get(next++));
    }
    return results;
  }

  @Override
  public List<ItemResult> remove(List<String> itemIds) {
    return itemIds.isEmpty() ? List.of() : wix.bulkRemove(settings.collectionId(), itemIds);
  }

  private static Map<String, Object> prepareData(ItemWrite write) {
    Map<String, WixMedia> media = new HashMap<>();
    write.media().forEach((key, m) -> media.put(key, new WixMedia(m.mediaId(), m.url(), m.width(), m.height())));
    Map<String, Object> data = new LinkedHashMap<>(MediaRewrite.apply(write.data(), media).data());
    data.put("_id", write.itemId());
    return data;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
