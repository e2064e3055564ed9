package io.wiredchaos.notionwix.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Data v2 item operations with Wix's limits and per-item validation (wix.md §2.3–2.5, §3.4, §5). */
final class WixItems {

  /** WDE0009: Wix stores at most 512 KB per item (wix.md §4.2). */
  static final int MAX_ITEM_BYTES = 512_000;
  static final int MAX_BULK = 1000;
  private final WixData data;

  WixItems(WixData data) {
    this.data = data;
  }

  /**
   * Cursor or offset paging (wix.md §2.5). A cursor carries the first request's filter, sort and projection, as
   * Wix's does, because follow-up requests send only {@code cursorPaging}; a cursor the sandbox did not issue
   * answers WDE0151.
   */
  ObjectNode query(JsonNode body) {
    String collection = body.path("dataCollectionId").asString();
    JsonNode query = body.path("query");
    boolean offsetPaging = query.has("paging");
    JsonNode paging = offsetPaging ? query.path("paging") : query.path("cursorPaging");
    int limit = paging.path("limit").asInt(50);
    if (limit < 1 || limit > 1000) {
      throw new WixRejection(400, "WDE0077", "'limit' cannot exceed 1000");
    }
    String cursor = paging.path("cursor").asString(null);
    JsonNode state = cursor == null ? query : WixCursor.decode(cursor);
    int from = cursor == null ? paging.path("offset").asInt(0) : state.path("offset").asInt();
    List<ObjectNode> all = WixFilter.apply(data.stored(collection), state.path("filter"), state.path("sort"));
    int to = Math.min(all.size(), from + limit);
    ObjectNode response = Exchanges.object();
    ArrayNode items = response.putArray("dataItems");
    List<String> fields = new ArrayList<>();
    state.path("fields").forEach(f -> fields.add(f.asString()));
    for (ObjectNode item : all.subList(Math.min(from, all.size()), to)) {
      ObjectNode projected = fields.isEmpty() ? item.deepCopy() : project(item, fields);
      items.addObject().put("id", item.path("_id").asString()).put("dataCollectionId", collection)
          .set("data", projected);
    }
    ObjectNode meta = response.putObject("pagingMetadata").put("count", items.size());
    if (offsetPaging) {
      meta.put("offset", from);
      if (body.path("returnTotalCount").asBoolean(false)) {
        meta.put("total", all.size()).put("tooManyToCount", false);
      }
    } else {
      meta.putObject("cursors").put("next", to < all.size() ? WixCursor.encode(state, to) : null);
    }
    meta.put("hasNext", to < all.size());
    return response;
  }

  private static ObjectNode project(ObjectNode item, List<String> fields) {
    ObjectNode projected = Exchanges.object().put("_id", item.path("_id").asString());
    fields.stream().filter(item::has).forEach(f -> projected.set(f, item.get(f).deepCopy()));
    return projected;
  }

  /** The three writes of wix.md §2.3: save upserts, insert never overwrites, update never creates. */
  enum Write { SAVE, INSERT, UPDATE }

  /**
   * What one item write did.
   *
   * @param action the bulk action ({@code INSERT} or {@code UPDATE})
   * @param id the item id, null when the item was to be created and was not (Wix leaves it out then, wix.md §2.4)
   * @param stored the item as stored, null on failure
   * @param problem why the item was refused, null on success
   */
  record Written(String action, String id, ObjectNode stored, WixItemProblem problem) {}

  ObjectNode bulkSave(JsonNode body) {
    return bulkWrite(body, Write.SAVE);
  }

  /**
   * Bulk insert, update or save (wix.md §2.4): one result per item by {@code originalIndex}, HTTP 200 even when
   * items fail; {@code returnEntity} adds the stored item to each successful result.
   */
  ObjectNode bulkWrite(JsonNode body, Write mode) {
    String collection = body.path("dataCollectionId").asString();
    boolean returnEntity = body.path("returnEntity").asBoolean(false);
    boolean saveReferences = body.path("saveReferences").asBoolean(false);
    ObjectNode response = Exchanges.object();
    ArrayNode results = response.putArray("results");
    int ok = 0;
    int index = 0;
    for (JsonNode dataItem : body.path("dataItems")) {
      Written written = write(collection, dataItem, mode, saveReferences);
      ObjectNode result = results.addObject().put("action", written.action());
      ObjectNode meta = result.putObject("itemMetadata");
      if (written.id() != null) {
        meta.put("id", written.id());
      }
      meta.put("originalIndex", index++).put("success", written.problem() == null);
      if (written.problem() != null) {
        meta.set("error", written.problem().itemError());
      } else {
        ok++;
        if (returnEntity) {
          result.set("dataItem", dataItem(collection, written.stored()));
        }
      }
    }
    response.putObject("bulkActionMetadata").put("totalSuccesses", ok).put("totalFailures", index - ok);
    return response;
  }

  /**
   * Writes one {@code dataItem} ({@code {id?, data}}) with Wix's rules: {@code id} and {@code data._id} must agree
   * (wix.md §2.2), an empty id is refused, a missing one is generated on insert and save; then the item-level
   * validation of {@link #problem}. MULTI_REFERENCE arrays are stored as references with {@code saveReferences},
   * and refused with WDE0303 without it (wix.md §2.6, §4.2).
   */
  Written write(String collection, JsonNode dataItem, Write mode, boolean saveReferences) {
    JsonNode given = dataItem.path("data");
    ObjectNode item = given.isObject() ? ((ObjectNode) given).deepCopy() : Exchanges.object();
    String outer = dataItem.path("id").isString() ? dataItem.path("id").asString() : null;
    String inner = item.path("_id").isString() ? item.path("_id").asString() : null;
    synchronized (data) {
      String id = outer != null ? outer : inner;
      boolean exists = id != null && data.item(collection, id) != null;
      String action = mode == Write.UPDATE || mode == Write.SAVE && exists ? "UPDATE" : "INSERT";
      String known = exists || mode == Write.UPDATE ? id : null;
      if (outer != null && inner != null && !outer.equals(inner)) {
        return failed(action, known, WixItemProblem.of(400, "WDE0080",
            "dataItem.id and data._id must be the same (got " + outer + " and " + inner + ")"));
      }
      if ("".equals(id) || id == null && (item.has("_id") || mode == Write.UPDATE)) {
        return failed(action, null, WixItemProblem.of(400, "WDE0080", "The item _id must be a non-empty string"));
      }
      if (mode == Write.INSERT && exists) {
        return failed(action, null, WixItemProblem.of(409, "WDE0074", "An item with _id [" + id
            + "] already exists in collection [" + collection + "]."));
      }
      if (mode == Write.UPDATE && !exists) {
        return failed(action, id, WixItemProblem.of(404, "WDE0073", "Item " + id + " does not exist in collection "
            + collection + "."));
      }
      id = id == null ? java.util.UUID.randomUUID().toString() : id;
      item.put("_id", id);
      Map<String, String> fields = data.collections.get(collection);
      Map<String, List<String>> references = new java.util.LinkedHashMap<>();
      for (String key : List.copyOf(item.propertyNames())) {
        if (fields != null && "MULTI_REFERENCE".equals(fields.get(key)) && item.path(key).isArray()) {
          if (!saveReferences) {
            return failed(action, known, WixItemProblem.of(400, "WDE0303", "Multi-reference field " + key
                + " cannot be set through item data; use saveReferences or replace-references"));
          }
          List<String> ids = new ArrayList<>();
          item.path(key).forEach(ref -> ids.add(ref.isObject() ? ref.path("_id").asString() : ref.asString()));
          references.put(key, ids);
          item.remove(key);
        }
      }
      Optional<WixItemProblem> problem = problem(item, fields);
      if (problem.isPresent()) {
        return failed(action, known, problem.get());
      }
      data.put(collection, item);
      String stored = id;
      references.forEach((field, ids) -> data.replaceReferences(collection, stored, field, ids));
      return new Written(action, id, data.item(collection, id), null);
    }
  }

  private static Written failed(String action, String id, WixItemProblem problem) {
    return new Written(action, id, null, problem);
  }

  /** A DataItem as Wix answers it: {@code {id, dataCollectionId, data}}. */
  static ObjectNode dataItem(String collection, ObjectNode stored) {
    ObjectNode item = Exchanges.object().put("id", stored.path("_id").asString()).put("dataCollectionId", collection);
    item.set("data", stored);
    return item;
  }

  ObjectNode bulkRemove(JsonNode body) {
    String collection = body.path("dataCollectionId").asString();
    ObjectNode response = Exchanges.object();
    ArrayNode results = response.putArray("results");
    int index = 0;
    for (JsonNode id : body.path("dataItemIds")) {
      ObjectNode meta = results.addObject().put("action", "DELETE").putObject("itemMetadata")
          .put("id", id.asString()).put("originalIndex", index++);
      if (data.remove(collection, id.asString())) {
        meta.put("success", true);
      } else {
        meta.put("success", false).set("error", WixErrors.itemError("WDE0073", "Item does not exist"));
      }
    }
    return response;
  }

  /** The first item-level rule the item breaks (size, Ricos, DATE and DATETIME formats), or empty. */
  static Optional<WixItemProblem> problem(ObjectNode item, Map<String, String> fields) {
    int bytes = Exchanges.JSON.writeValueAsBytes(item).length;
    if (bytes > MAX_ITEM_BYTES) {
      return Optional.of(WixItemProblem.of(400, "WDE0009", "Document is too large (" + bytes
          + " bytes; the limit is 512 KB)"));
    }
    for (var entry : item.properties()) {
      String type = fields == null ? null : fields.get(entry.getKey());
      JsonNode value = entry.getValue();
      if (value.isNull() || type == null) {
        continue;
      }
      if (type.equals("RICH_CONTENT")) {
        Optional<String> bad = RicosRules.violation(value);
        if (bad.isPresent()) {
          return Optional.of(WixItemProblem.of(400, "WDE0080", "field " + entry.getKey()
              + " is not valid rich content: " + bad.get()));
        }
      } else if (type.equals("DATE") && !value.asString("").matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(WixItemProblem.format(entry.getKey(), "DATE_FORMAT", "field " + entry.getKey()
            + " must be a date YYYY-MM-DD", value.toString()));
      } else if (type.equals("DATETIME") && !value.path("$date").isString()) {
        return Optional.of(WixItemProblem.format(entry.getKey(), "DATETIME_FORMAT", "field " + entry.getKey()
            + " must be {\"$date\": ISO-8601}", value.toString()));
      }
    }
    return Optional.empty();
  }
}
