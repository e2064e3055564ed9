package io.wiredchaos.notionwix.sandbox;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The references endpoints of wix.md §2.1/§2.6 over the multi-reference values {@link WixData} keeps apart from item
 * data: replace, bulk insert/remove (per-reference results by {@code originalIndex}) and query-referenced. The field
 * must be a MULTI_REFERENCE field of the collection (else 400 WDE0080) and the referring item must exist (else
 * WDE0073: the whole call for replace, per reference for the bulk forms).
 */
final class WixReferences {

  private final WixData data;

  WixReferences(WixData data) {
    this.data = data;
  }

  /** {@code POST /wix-data/v2/items/replace-references}: the field's references become exactly the new ids. */
  ObjectNode replace(JsonNode body) {
    String collection = body.path("dataCollectionId").asString();
    String field = body.path("referringItemFieldName").asString();
    String itemId = body.path("referringItemId").asString();
    requireField(collection, field);
    if (data.item(collection, itemId) == null) {
      throw missing(collection, itemId);
    }
    List<String> ids = new ArrayList<>();
    body.path("newReferencedItemIds").forEach(id -> ids.add(id.asString()));
    data.replaceReferences(collection, itemId, field, ids);
    return Exchanges.object();
  }

  /** {@code POST /wix-data/v2/bulk/items/insert-references} or {@code remove-references}. */
  ObjectNode bulk(JsonNode body, boolean insert) {
    String collection = body.path("dataCollectionId").asString();
    ObjectNode response = Exchanges.object();
    ArrayNode results = response.putArray("results");
    int ok = 0;
    int index = 0;
    for (JsonNode ref : body.path("dataItemReferences")) {
      String field = ref.path("referringItemFieldName").asString();
      String itemId = ref.path("referringItemId").asString();
      String target = ref.path("referencedItemId").asString();
      requireField(collection, field);
      ObjectNode meta = results.addObject().put("action", insert ? "INSERT" : "DELETE")
          .putObject("referenceMetadata").put("originalIndex", index++);
      if (data.item(collection, itemId) == null) {
        meta.put("success", false).set("error", WixErrors.itemError("WDE0073", "Item " + itemId
            + " does not exist in collection " + collection + "."));
        continue;
      }
      if (insert) {
        data.addReference(collection, itemId, field, target);
      } else {
        data.removeReference(collection, itemId, field, target);
      }
      meta.put("success", true);
      ok++;
    }
    response.putObject("bulkActionMetadata").put("totalSuccesses", ok).put("totalFailures", index - ok);
    return response;
  }

  /**
   * {@code POST /wix-data/v2/items/query-referenced}: the referenced items of every referring item, in reference
   * order ({@code order: DESC} reverses it), offset or cursor paged; a reference to an item that is not (or no
   * longer) in the referenced collection comes back as {@code unresolvedReference}.
   */
  ObjectNode query(JsonNode body) {
    String collection = body.path("dataCollectionId").asString();
    String field = body.path("referringItemFieldName").asString();
    requireField(collection, field);
    String target = data.referencedCollections.getOrDefault(collection, java.util.Map.of()).get(field);
    List<ObjectNode> all = new ArrayList<>();
    for (JsonNode referring : body.path("referringItemIds")) {
      for (String id : data.references(collection, referring.asString(), field)) {
        ObjectNode item = target == null ? null : data.item(target, id);
        ObjectNode result = Exchanges.object();
        if (item == null) {
          result.putObject("unresolvedReference").put("referringItemId", referring.asString())
              .put("referringItemFieldName", field);
        } else {
          result.set("dataItem", WixItems.dataItem(target, item));
        }
        all.add(result);
      }
    }
    if (body.path("order").asString("ASC").equals("DESC")) {
      java.util.Collections.reverse(all);
    }
    boolean cursor = body.has("cursorPaging");
    JsonNode paging = cursor ? body.path("cursorPaging") : body.path("paging");
    int limit = paging.path("limit").asInt(50);
    if (limit < 1 || limit > 1000) {
      throw new WixRejection(400, "WDE0077", "'limit' cannot exceed 1000");
    }
    String token = paging.path("cursor").asString(null);
    int from = token != null ? WixCursor.decode(token).path("offset").asInt() : paging.path("offset").asInt(0);
    int to = Math.min(all.size(), from + limit);
    ObjectNode response = Exchanges.object();
    ArrayNode results = response.putArray("results");
    all.subList(Math.min(from, all.size()), to).forEach(results::add);
    ObjectNode meta = response.putObject("pagingMetadata").put("count", results.size());
    if (cursor) {
      meta.putObject("cursors").put("next", to < all.size() ? WixCursor.encode(Exchanges.object(), to) : null);
    } else {
      meta.put("offset", from);
      if (body.path("returnTotalCount").asBoolean(false)) {
        meta.put("total", all.size()).put("tooManyToCount", false);
      }
    }
    meta.put("hasNext", to < all.size());
    return response;
  }

  private void requireField(String collection, String field) {
    var fields = data.collections.get(collection);
    if (fields == null) {
      throw new WixRejection(404, "WDE0025", "The " + collection + " collection does not exist.");
    }
    if (!"MULTI_REFERENCE".equals(fields.get(field))) {
      throw new WixRejection(400, "WDE0080", "Field " + field + " of " + collection
          + " is not a multi-reference field");
    }
  }

  private static WixRejection missing(String collection, String id) {
    return new WixRejection(404, "WDE0073", "Item " + id + " does not exist in collection " + collection + ".");
  }
}
