package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages as responses carry them: signed file URLs, at most 25 references per relation or people property with
 * {@code has_more} (notion.md §4.4), and only the properties asked for with {@code filter_properties}.
 */
final class NotionPages {

  static final int INLINE_REFERENCES = 25;

  private NotionPages() {}

  static JsonNode render(ObjectNode stored, FileHost files, List<String> filterProperties) {
    ObjectNode page = (ObjectNode) files.render(stored);
    ObjectNode properties = (ObjectNode) page.path("properties");
    if (filterProperties != null && !filterProperties.isEmpty()) {
      List<String> drop = properties.properties().stream()
          .filter(entry -> !filterProperties.contains(entry.getKey())
              && !filterProperties.contains(entry.getValue().path("id").asString()))
          .map(java.util.Map.Entry::getKey).toList();
      properties.remove(drop);
    }
    for (var entry : properties.properties()) {
      ObjectNode value = (ObjectNode) entry.getValue();
      String type = value.path("type").asString();
      if ((type.equals("relation") || type.equals("people")) && value.path(type).size() > INLINE_REFERENCES) {
        ArrayNode all = (ArrayNode) value.path(type);
        ArrayNode first = Exchanges.NODES.arrayNode();
        for (int i = 0; i < INLINE_REFERENCES; i++) {
          first.add(all.get(i));
        }
        value.set(type, first);
        value.put("has_more", true);
      }
    }
    return page;
  }

  /**
   * A page as 2026-12-01 lists it without {@code filter_properties}: only its title property; id, url,
   * {@code last_edited_time} and the other page fields unchanged (upgrade guide 2026-12-01, "Request only the page
   * properties you read").
   */
  static JsonNode titleOnly(ObjectNode stored, FileHost files) {
    ObjectNode page = (ObjectNode) render(stored, files, null);
    ObjectNode properties = (ObjectNode) page.path("properties");
    properties.remove(properties.properties().stream()
        .filter(entry -> !"title".equals(entry.getValue().path("type").asString()))
        .map(java.util.Map.Entry::getKey).toList());
    return page;
  }

  /** {@code GET /v1/pages/{id}/properties/{prop}}: a relation or people list, paginated; other types whole. */
  static ObjectNode propertyItems(ObjectNode stored, String propertyId, String cursor, int pageSize) {
    JsonNode value = null;
    for (var entry : stored.path("properties").properties()) {
      if (entry.getValue().path("id").asString().equals(propertyId) || entry.getKey().equals(propertyId)) {
        value = entry.getValue();
      }
    }
    if (value == null) {
      return null;
    }
    String type = value.path("type").asString();
    if (!type.equals("relation") && !type.equals("people")) {
      ObjectNode item = ((ObjectNode) value.deepCopy()).put("object", "property_item");
      return item;
    }
    JsonNode all = value.path(type);
    int from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
    int to = Math.min(all.size(), from + pageSize);
    ObjectNode list = Exchanges.object().put("object", "list").put("type", "property_item");
    ArrayNode results = list.putArray("results");
    for (int i = from; i < to; i++) {
      ObjectNode item = results.addObject().put("object", "property_item").put("id", value.path("id").asString())
          .put("type", type);
      item.set(type, all.get(i));
    }
    list.put("has_more", to < all.size());
    if (to < all.size()) {
      list.put("next_cursor", "p" + to);
    } else {
      list.putNull("next_cursor");
    }
    list.putObject("property_item").put("id", value.path("id").asString()).put("type", type).putNull("next_url")
        .putObject(type);
    return list;
  }
}
