package io.wiredchaos.notionwix.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/** A Wix site in memory: collections with their fields and items, and the media library. */
public final class WixData {

  /** An imported file; READY once {@code readyAt} has passed, FAILED when its source could not be read. */
  record MediaFile(String id, String displayName, String sourceUrl, Instant created, Instant readyAt, boolean failed,
      int width, int height, List<String> labels) {}

  final Map<String, Map<String, String>> collections = new ConcurrentHashMap<>();
  /** Each collection's definition revision (wix.md §3.2), raised by every change of its fields. */
  final Map<String, Long> revisions = new ConcurrentHashMap<>();
  final Map<String, TreeMap<String, ObjectNode>> items = new ConcurrentHashMap<>();
  final List<MediaFile> media = new ArrayList<>();
  /** Ids of files deleted in the Media Manager but still in its trash bin (descriptor {@code state: DELETED}). */
  final java.util.Set<String> trashedMedia = ConcurrentHashMap.newKeySet();
  /** Collections deleted through the API: Wix then answers WDE0026 ("has been removed") rather than WDE0025. */
  final java.util.Set<String> removedCollections = ConcurrentHashMap.newKeySet();
  /** The referenced collection of each REFERENCE / MULTI_REFERENCE field, by collection and field key. */
  final Map<String, Map<String, String>> referencedCollections = new ConcurrentHashMap<>();
  /**
   * MULTI_REFERENCE values, kept apart from item data as Wix keeps them (wix.md §2.6), by collection, referring
   * item and field, in insertion order.
   */
  private final Map<List<String>, java.util.LinkedHashSet<String>> references = new java.util.HashMap<>();
  /** The site owner: the {@code _owner} of every item written with the API key (wix.md §2.2). */
  static final String OWNER = "5e0c7a9b-2d4f-4a6b-8c0d-0a1b2c3d4e5f";
  private final Clock clock;

  WixData(Clock clock) {
    this.clock = clock;
  }

  /** The seed site: collection {@code NotionPages} with the default mapping's fields and two hand-made items. */
  static WixData seed(Clock clock) {
    WixData data = new WixData(clock);
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String[] f : new String[][] {{"title", "TEXT"}, {"slug", "TEXT"}, {"content", "RICH_CONTENT"},
        {"excerpt", "TEXT"}, {"coverImage", "IMAGE"}, {"status", "TEXT"}, {"tags", "ARRAY_STRING"},
        {"publishDate", "DATE"}, {"author", "ARRAY_STRING"}, {"featured", "BOOLEAN"}, {"readingTime", "NUMBER"},
        {"related", "ARRAY"}, {"heroPhoto", "IMAGE"}, {"heroPhotoGallery", "MEDIA_GALLERY"},
        {"publishDateStart", "DATETIME"}, {"publishDateEnd", "DATETIME"}, {"notionPageId", "TEXT"}, {"notionUrl", "URL"},
        {"notionLastEdited", "DATETIME"}, {"syncHash", "TEXT"}}) {
      fields.put(f[0], f[1]);
    }
    data.collections.put("NotionPages", fields);
    data.items.put("NotionPages", new TreeMap<>());
    data.put("NotionPages", handMade("a1b2c3d4-0000-4000-8000-000000000001", "About WIRED CHAOS"));
    data.put("NotionPages", handMade("a1b2c3d4-0000-4000-8000-000000000002", "Advertise with us"));
    return data;
  }

  private static ObjectNode handMade(String id, String title) {
    return Exchanges.object().put("_id", id).put("title", title).put("slug", title.toLowerCase().replace(' ', '-'));
  }

  /** Adds a field to a collection, as a site owner does in the CMS (wix.md §3.2). */
  public synchronized void addField(String collection, String key, String type) {
    collections.get(collection).put(key, type);
  }

  synchronized void put(String collection, ObjectNode data) {
    String now = clock.instant().toString();
    ObjectNode existing = items.get(collection).get(data.path("_id").asString());
    data.put("_owner", OWNER);
    data.putObject("_updatedDate").put("$date", now);
    if (existing != null && existing.has("_createdDate")) {
      data.set("_createdDate", existing.path("_createdDate"));
    } else {
      data.putObject("_createdDate").put("$date", now);
    }
    items.get(collection).put(data.path("_id").asString(), data);
  }

  /**
   * Removes an item, its own references and every multi-reference to it (wix.md §2.3: removing an item clears
   * the references that point at it).
   */
  synchronized boolean remove(String collection, String id) {
    if (items.get(collection).remove(id) == null) {
      return false;
    }
    references.keySet().removeIf(key -> key.get(0).equals(collection) && key.get(1).equals(id));
    references.forEach((key, ids) -> {
      if (collection.equals(referencedCollections.getOrDefault(key.get(0), Map.of()).get(key.get(2)))) {
        ids.remove(id);
      }
    });
    return true;
  }

  /**
   * Why a request about {@code collection} is refused, or null when the collection exists: 404 with WDE0025 when
   * it never existed, WDE0026 when it was deleted (wix.md §4.2; body shape §4.1). Wix answers so on every Data
   * endpoint that names a collection (items, bulk, references, get collection).
   */
  WixRejection missingCollection(String collection) {
    if (collection != null && collections.containsKey(collection)) {
      return null;
    }
    return removedCollections.contains(collection)
        ? new WixRejection(404, "WDE0026", "The " + collection + " collection has been removed.")
        : new WixRejection(404, "WDE0025", "The " + collection + " collection does not exist.");
  }

  /** Deletes a collection with its items and references ({@code DELETE /wix-data/v2/collections/{id}}). */
  synchronized void deleteCollection(String collection) {
    collections.remove(collection);
    items.remove(collection);
    referencedCollections.remove(collection);
    references.keySet().removeIf(key -> key.get(0).equals(collection));
    removedCollections.add(collection);
  }

  /** Removes a field from a collection's definition, as a site owner deleting it in the CMS would. */
  public synchronized void dropField(String collection, String key) {
    collections.get(collection).remove(key);
    revisions.put(collection, revision(collection) + 1);
  }

  /** A collection's current revision; 1 for the seed collection, which was never changed. */
  long revision(String collection) {
    return revisions.getOrDefault(collection, 1L);
  }

  /** Ids of the site's collections, for tests and the admin API. */
  public java.util.Set<String> collectionIds() {
    return java.util.Set.copyOf(collections.keySet());
  }

  /** A collection's fields (key → type), empty when it does not exist. */
  public Map<String, String> collectionFields(String collection) {
    return Map.copyOf(collections.getOrDefault(collection, Map.of()));
  }

  /** A copy of one stored item, or null. */
  synchronized ObjectNode item(String collection, String id) {
    ObjectNode item = items.getOrDefault(collection, new TreeMap<>()).get(id);
    return item == null ? null : item.deepCopy();
  }

  /** The ids a multi-reference field of one item points at, in order. */
  synchronized List<String> references(String collection, String itemId, String field) {
    return List.copyOf(references.getOrDefault(List.of(collection, itemId, field), new java.util.LinkedHashSet<>()));
  }

  synchronized void replaceReferences(String collection, String itemId, String field, List<String> ids) {
    references.put(List.of(collection, itemId, field), new java.util.LinkedHashSet<>(ids));
  }

  /** Adds one reference; false when it was already there. */
  synchronized boolean addReference(String collection, String itemId, String field, String referencedId) {
    return references.computeIfAbsent(List.of(collection, itemId, field), k -> new java.util.LinkedHashSet<>())
        .add(referencedId);
  }

  /** Removes one reference; false when there was none. */
  synchronized boolean removeReference(String collection, String itemId, String field, String referencedId) {
    var ids = references.get(List.of(collection, itemId, field));
    return ids != null && ids.remove(referencedId);
  }

  /** Takes every collection, item, reference and media file of {@code other} (a fresh seed): the admin reset. */
  synchronized void resetTo(WixData other) {
    synchronized (other) {
      collections.clear();
      collections.putAll(other.collections);
      revisions.clear();
      revisions.putAll(other.revisions);
      removedCollections.clear();
      removedCollections.addAll(other.removedCollections);
      items.clear();
      items.putAll(other.items);
      referencedCollections.clear();
      referencedCollections.putAll(other.referencedCollections);
      references.clear();
      references.putAll(other.references);
      media.clear();
      media.addAll(other.media);
      trashedMedia.clear();
      trashedMedia.addAll(other.trashedMedia);
    }
  }

  /** The collection as stored, for tests and the admin API. */
  public synchronized List<ObjectNode> items(String collection) {
    return items.getOrDefault(collection, new TreeMap<>()).values().stream().map(ObjectNode::deepCopy).toList();
  }

  /**
   * The stored items themselves, not copies, for a reader that copies only what it answers (a query page of 10,000
   * items must not copy all 10,000); stored items are replaced on write, never changed in place.
   */
  synchronized List<ObjectNode> stored(String collection) {
    return List.copyOf(items.getOrDefault(collection, new TreeMap<>()).values());
  }

  /** Ids of the files the Media Manager still has outside its trash bin. */
  public synchronized java.util.Set<String> liveMediaIds() {
    java.util.Set<String> live = new java.util.HashSet<>();
    media.stream().filter(f -> !trashedMedia.contains(f.id())).forEach(f -> live.add(f.id()));
    return live;
  }

  public synchronized List<MediaFile> mediaFiles() {
    return List.copyOf(media);
  }
}
