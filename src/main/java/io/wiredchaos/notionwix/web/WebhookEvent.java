package io.wiredchaos.notionwix.web;

import tools.jackson.databind.JsonNode;

/**
 * The parts of a Notion webhook event a run needs (notion.md §9.4): its id (for de-duplication), type, entity and
 * {@code data.parent}. Any of them may be null: an event without a parent says nothing about where its page is.
 *
 * @param parentType {@code database}, {@code data_source}, {@code page}, {@code workspace}, … or null
 * @param parentId the parent's id (the database for a data-source row), or null
 * @param parentDataSourceId {@code data.parent.data_source_id} of a data-source row, or null
 */
record WebhookEvent(String id, String type, String entityId, String entityType, String parentType, String parentId,
    String parentDataSourceId) {

  static WebhookEvent of(JsonNode event) {
    JsonNode entity = event.path("entity");
    JsonNode parent = event.path("data").path("parent");
    return new WebhookEvent(text(event.get("id")), text(event.get("type")), text(entity.get("id")),
        text(entity.get("type")), text(parent.get("type")), text(parent.get("id")),
        text(parent.get("data_source_id")));
  }

  boolean hasParent() {
    return parentType != null;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
  }
}
