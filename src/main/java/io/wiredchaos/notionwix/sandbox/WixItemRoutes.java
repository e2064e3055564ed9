package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Data v2 writes beside query and bulk save/remove (wix.md §2.1): single-item insert, update, save, remove
 * and get (REST paths and their POST bindings), bulk insert and update, and the references endpoints. A refused
 * single item answers as Wix does: 409 WDE0074 on insert of an existing id, 404 WDE0073 on update or remove of a
 * missing one, 400 for an item that breaks a rule (a validation error with field violations for a bad date).
 */
final class WixItemRoutes {

  /** An answer: HTTP status, body, and the item count the request log records. */
  record Reply(int status, JsonNode body, int items) {}

  private static final String ITEMS = "/wix-data/v2/items";
  private static final String BULK = "/wix-data/v2/bulk/items/";
  private final WixData data;
  private final WixItems items;
  private final WixReferences references;

  WixItemRoutes(WixData data, WixItems items) {
    this.data = data;
    this.items = items;
    this.references = new WixReferences(data);
  }

  /** The answer to {@code method path}, or null when it is not one of these endpoints. */
  Reply route(String method, String path, Map<String, List<String>> query, JsonNode body) {
    String pathId = path.startsWith(ITEMS + "/") ? Exchanges.decode(path.substring(ITEMS.length() + 1)) : null;
    String collection = body.path("dataCollectionId").asString(Exchanges.first(query, "dataCollectionId"));
    return switch (method + " " + (pathId != null && !method.equals("POST") ? ITEMS + "/{id}" : path)) {
      case "POST " + ITEMS -> single(collection, body.path("dataItem"), WixItems.Write.INSERT, body, false);
      case "POST " + ITEMS + "/save" -> single(collection, body.path("dataItem"), WixItems.Write.SAVE, body, true);
      case "POST " + ITEMS + "/update" -> update(collection, null, body);
      case "PUT " + ITEMS + "/{id}" -> update(collection, pathId, body);
      case "POST " + ITEMS + "/remove" -> remove(collection, body.path("dataItemId").asString());
      case "DELETE " + ITEMS + "/{id}" -> remove(collection, pathId);
      case "POST " + ITEMS + "/get" -> get(collection, body.path("dataItemId").asString());
      case "POST " + BULK + "insert" -> bulk(collection, body, WixItems.Write.INSERT);
      case "POST " + BULK + "update" -> bulk(collection, body, WixItems.Write.UPDATE);
      case "POST " + ITEMS + "/replace-references" -> new Reply(200, references.replace(body),
          body.path("newReferencedItemIds").size());
      case "POST " + BULK + "insert-references" -> new Reply(200, references.bulk(body, true),
          body.path("dataItemReferences").size());
      case "POST " + BULK + "remove-references" -> new Reply(200, references.bulk(body, false),
          body.path("dataItemReferences").size());
      case "POST " + ITEMS + "/query-referenced" -> {
        ObjectNode answer = references.query(body);
        yield new Reply(200, answer, answer.path("results").size());
      }
      default -> null;
    };
  }

  private Reply single(String collection, JsonNode dataItem, WixItems.Write mode, JsonNode body, boolean saved) {
    requireCollection(collection);
    WixItems.Written written = items.write(collection, dataItem, mode, body.path("saveReferences").asBoolean());
    if (written.problem() != null) {
      throw written.problem().rejection();
    }
    ObjectNode answer = Exchanges.object();
    if (saved) {
      answer.put("action", written.action().equals("INSERT") ? "INSERTED" : "UPDATED");
    }
    answer.set("dataItem", WixItems.dataItem(collection, written.stored()));
    return new Reply(200, answer, 1);
  }

  /** Update names its item in the path (PUT) or in {@code dataItem.id} (POST binding); the two must agree. */
  private Reply update(String collection, String pathId, JsonNode body) {
    ObjectNode dataItem = body.path("dataItem").isObject() ? ((ObjectNode) body.path("dataItem")).deepCopy()
        : Exchanges.object();
    String given = dataItem.path("id").isString() ? dataItem.path("id").asString() : null;
    if (pathId != null && given != null && !pathId.equals(given)) {
      throw new WixRejection(400, "WDE0080", "dataItem.id " + given + " does not match the path id " + pathId);
    }
    if (pathId != null) {
      dataItem.put("id", pathId);
    }
    return single(collection, dataItem, WixItems.Write.UPDATE, body, false);
  }

  private Reply remove(String collection, String id) {
    requireCollection(collection);
    ObjectNode removed = data.item(collection, id);
    if (removed == null || !data.remove(collection, id)) {
      throw new WixRejection(404, "WDE0073", "Item " + id + " does not exist in collection " + collection + ".");
    }
    return new Reply(200, Exchanges.object().set("dataItem", WixItems.dataItem(collection, removed)), 1);
  }

  private Reply get(String collection, String id) {
    requireCollection(collection);
    ObjectNode item = data.item(collection, id);
    if (item == null) {
      throw new WixRejection(404, "WDE0073", "Item " + id + " does not exist in collection " + collection + ".");
    }
    return new Reply(200, Exchanges.object().set("dataItem", WixItems.dataItem(collection, item)), 1);
  }

  private Reply bulk(String collection, JsonNode body, WixItems.Write mode) {
    requireCollection(collection);
    int count = body.path("dataItems").size();
    if (count > WixItems.MAX_BULK) {
      throw new WixRejection(400, "WDE0006", "Cannot insert more than 1000 items in one request");
    }
    return new Reply(200, items.bulkWrite(body, mode), count);
  }

  private void requireCollection(String collection) {
    if (collection == null || !data.collections.containsKey(collection)) {
      throw new WixRejection(404, "WDE0025", "The " + collection + " collection does not exist.");
    }
  }
}
