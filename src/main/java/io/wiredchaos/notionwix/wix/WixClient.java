package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.Redaction;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.RemoteStats;
import io.wiredchaos.notionwix.remote.RetryPolicy;
import io.wiredchaos.notionwix.remote.Sleeper;
import io.wiredchaos.notionwix.wix.api.BulkItemResult;
import io.wiredchaos.notionwix.wix.api.WixCollection;
import io.wiredchaos.notionwix.wix.api.WixItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wix Data v2 client (wix.md §2, §3): items read by cursor, written and removed in bulk, and the collection
 * schema. Every request goes through one {@link RemoteCall} with the per-site budget (200/min, wix.md §4.3).
 *
 * <p>Construct it with Spring ({@link WixConfiguration}) or by hand: {@code new WixClient(settings,
 * Clock.systemUTC(), Sleeper.SYSTEM)}, or {@code new WixClient(settings, restClient, remoteCall)} to share the
 * budget with a {@link WixMediaClient}.
 */
public class WixClient {

  /** Wix stores at most 500 KB per item (wix.md §2.3); larger items are refused here, without a request. */
  public static final int MAX_ITEM_BYTES = 500_000;

  private final WixHttp http;
  private final WixCollections collections;
  private final WixItemQuery query;

  public WixClient(WixSettings settings, RestClient rest, RemoteCall call) {
    Redaction.register(settings.apiKey());
    this.http = new WixHttp(settings.baseUrl(), settings.apiKey(), settings.siteId(), rest, call, new JsonMapper());
    this.collections = new WixCollections(http);
    this.query = new WixItemQuery(http);
  }

  public WixClient(WixSettings settings, Clock clock, Sleeper sleeper) {
    this(settings, WixRestClients.restClient(), remoteCall(settings, clock, sleeper));
  }

  /** The default executor for Wix: per-site budget, standard retries. Share it between Data and Media clients. */
  public static RemoteCall remoteCall(WixSettings settings, Clock clock, Sleeper sleeper) {
    return new RemoteCall(Api.WIX, RateBudget.wix(settings.requestsPerMinute(), clock, sleeper),
        RetryPolicy.standard(), clock, sleeper);
  }

  /**
   * Streams every item matching {@code filter} (all when null) to {@code consumer}, sorted by {@code _id}, reading
   * the primary copy (consistentRead: the diff must see our own latest writes, wix.md §8).
   *
   * @param fields projection (field keys); {@code _id} always comes back. Empty returns whole items.
   * @return the number of items delivered
   */
  public long queryItems(String collectionId, JsonNode filter, List<String> fields, Consumer<WixItem> consumer) {
    return query.queryAll(collectionId, filter, fields, consumer);
  }

  /** One item, read from the primary copy; empty when it does not exist (WDE0073). */
  public Optional<WixItem> getItem(String collectionId, String itemId) {
    try {
      JsonNode response = http.get("get item", WixSubject.item("item " + itemId + " in collection " + collectionId),
          "/wix-data/v2/items/" + WixHttp.encode(itemId),
          Map.of("dataCollectionId", List.of(collectionId), "consistentRead", List.of("true")));
      return Optional.of(item(http.json(), response.path("dataItem")));
    } catch (RemoteApiException.NotFound e) {
      return Optional.empty();
    }
  }

  /**
   * Upserts items ({@code POST /wix-data/v2/bulk/items/save}, wix.md §2.4): each map is an item's {@code data}; its
   * {@code _id}, when present, is also sent as {@code dataItem.id} (the two must never differ, wix.md §2.2). Items
   * are sent in chunks ({@link BulkChunks}); an item over {@link #MAX_ITEM_BYTES} fails locally with WDE0009.
   *
   * @return one result per item, in the order given ({@code originalIndex} = position in {@code items})
   */
  public List<BulkItemResult> bulkSave(String collectionId, List<Map<String, Object>> items) {
    return new WixBulkSave(http, collectionId).save(items);
  }

  /** Removes items by id ({@code POST /wix-data/v2/bulk/items/remove}), in chunks of 1000; one result per id. */
  public List<BulkItemResult> bulkRemove(String collectionId, List<String> itemIds) {
    List<BulkItemResult> results = new ArrayList<>(itemIds.size());
    for (BulkChunks.Chunk<String> chunk :
        BulkChunks.split(itemIds, BulkChunks.MAX_ITEMS, BulkChunks.MAX_BYTES, id -> id.length() + 3)) {
      ObjectNode body = http.json().createObjectNode().put("dataCollectionId", collectionId);
      chunk.elements().forEach(body.putArray("dataItemIds")::add);
      JsonNode response = http.post("bulk remove items", WixSubject.collection(collectionId), true,
          "/wix-data/v2/bulk/items/remove", body);
      results.addAll(BulkResults.read(response, chunk.offset(), chunk.elements().size(), chunk.elements()));
    }
    return results;
  }

  /** The collection's definition; a missing collection is a CONFIG failure naming WIX_COLLECTION_ID. */
  public WixCollection getCollection(String collectionId) {
    return collections.get(collectionId);
  }

  /** Creates a collection with the given fields ({@link WixCollections#create}). */
  public WixCollection createCollection(String collectionId, String displayName, List<WixCollection.WixField> fields) {
    return collections.create(collectionId, displayName, fields);
  }

  /** Adds one field to an existing collection ({@link WixCollections#createField}). */
  public WixCollection createField(String collectionId, WixCollection.WixField field) {
    return collections.createField(collectionId, field);
  }

  /** Every collection of the site. */
  public List<WixCollection> listCollections() {
    return collections.list();
  }

  public RemoteCall remoteCall() {
    return http.call();
  }

  public RemoteStats stats() {
    return http.call().stats();
  }

  @SuppressWarnings("unchecked")
  static WixItem item(JsonMapper json, JsonNode dataItem) {
    Map<String, Object> data = dataItem.has("data")
        ? json.convertValue(dataItem.get("data"), LinkedHashMap.class)
        : new LinkedHashMap<>();
    String id = WixErrors.text(dataItem, "id");
    return new WixItem(id != null ? id : (String) data.get("_id"), data);
  }
}
