package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completes relation and people values that a page object cut at 25 references (notion.md §4.4, §12.4) by paging
 * {@code GET /v1/pages/{id}/properties/{property_id}}. A relation says so with {@code has_more:true}; a people
 * list carries no flag, so exactly 25 (or more) entries is taken as possibly cut.
 */
final class ReferenceCompletion {

  static final int INLINE_LIMIT = 25;

  private final NotionHttp http;

  ReferenceCompletion(NotionHttp http) {
    this.http = http;
  }

  NotionPage complete(NotionPage page) {
    Map<String, JsonNode> properties = new LinkedHashMap<>(page.properties());
    boolean changed = false;
    for (Map.Entry<String, JsonNode> entry : page.properties().entrySet()) {
      JsonNode value = entry.getValue();
      String type = NotionJson.text(value, "type");
      if (!truncated(value, type)) {
        continue;
      }
      ObjectNode full = ((ObjectNode) value).deepCopy();
      ArrayNode items = full.putArray(type);
      readAll(page.id(), NotionJson.text(value, "id"), type).forEach(items::add);
      full.put("has_more", false);
      properties.put(entry.getKey(), full);
      changed = true;
    }
    return changed
        ? new NotionPage(page.id(), page.createdTime(), page.lastEditedTime(), page.inTrash(), page.url(),
            page.parent(), page.cover(), page.icon(), properties)
        : page;
  }

  private static boolean truncated(JsonNode value, String type) {
    if (!(value instanceof ObjectNode) || NotionJson.text(value, "id") == null) {
      return false;
    }
    if ("relation".equals(type)) {
      return value.path("has_more").asBoolean(false);
    }
    return "people".equals(type) && value.path("people").size() >= INLINE_LIMIT;
  }

  /** Every item of one paginated property, in order: the object under the type key of each property_item. */
  List<JsonNode> readAll(String pageId, String propertyId, String type) {
    List<JsonNode> items = new java.util.ArrayList<>();
    String path = "/v1/pages/" + pageId + "/properties/" + NotionHttp.propertySegment(propertyId);
    Subject subject = Subject.item("property " + propertyId + " of page " + pageId);
    String cursor = null;
    do {
      Map<String, List<String>> query = NotionHttp.pageQuery(cursor);
      JsonNode response = http.get("read property items", subject, path, query);
      for (JsonNode item : response.path("results")) {
        JsonNode payload = item.get(type);
        if (payload != null && !payload.isNull()) {
          items.add(payload);
        }
      }
      cursor = response.path("has_more").asBoolean(false) ? NotionJson.text(response, "next_cursor") : null;
    } while (cursor != null);
    return items;
  }
}
