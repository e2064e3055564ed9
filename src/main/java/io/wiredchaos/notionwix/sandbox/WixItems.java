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

  ObjectNode bulkSave(JsonNode body) {
    String collection = body.path("dataCollectionId").asString();
    Map<String, String> fields = data.collections.get(collection);
    ObjectNode response = Exchanges.object();
    ArrayNode results = response.putArray("results");
    int ok = 0;
    int index = 0;
    for (JsonNode dataItem : body.path("dataItems")) {
      ObjectNode item = ((ObjectNode) dataItem.path("data")).deepCopy();
      String id = dataItem.path("id").asString(item.path("_id").asString(""));
      item.put("_id", id);
      Optional<String> problem = problem(item, fields);
      ObjectNode meta = results.addObject().put("action", "UPDATE").putObject("itemMetadata").put("id", id)
          .put("originalIndex", index++);
      if (problem.isPresent()) {
        meta.put("success", false).set("error", WixErrors.itemError(problem.get().substring(0, 7),
            problem.get().substring(9)));
      } else {
        data.put(collection, item);
        meta.put("success", true);
        ok++;
      }
    }
    response.putObject("bulkActionMetadata").put("totalSuccesses", ok).put("totalFailures", index - ok);
    return response;
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

  /** "WDEnnnn: message" for the first rule the item breaks, or empty. */
  private static Optional<String> problem(ObjectNode item, Map<String, String> fields) {
    int bytes = Exchanges.JSON.writeValueAsBytes(item).length;
    if (bytes > MAX_ITEM_BYTES) {
      return Optional.of("WDE0009: Document is too large (" + bytes + " bytes; the limit is 512 KB)");
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
          return Optional.of("WDE0080: field " + entry.getKey() + " is not valid rich content: " + bad.get());
        }
      } else if (type.equals("DATE") && !value.asString("").matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of("WDE0080: field " + entry.getKey() + " must be a date YYYY-MM-DD");
      } else if (type.equals("DATETIME") && !value.path("$date").isString()) {
        return Optional.of("WDE0080: field " + entry.getKey() + " must be {\"$date\": ISO-8601}");
      }
    }
    return Optional.empty();
  }
}
