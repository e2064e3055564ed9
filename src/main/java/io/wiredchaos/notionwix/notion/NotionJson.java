package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionDatabase;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads Notion wire objects into the {@code notion.api} records, leniently (notion.md §11): unknown fields are
 * ignored, unknown property and block types are kept as raw JSON, and a missing optional field is null.
 */
final class NotionJson {

  private NotionJson() {}

  static NotionPage page(JsonNode node) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    node.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    // in_trash is the field since 2025-09-03; archived mirrored it before and is gone in 2026-03-11 (notion.md §12)
    boolean trashed = node.has("in_trash") ? node.path("in_trash").asBoolean(false)
        : node.path("archived").asBoolean(false);
    return new NotionPage(
        text(node, "id"),
        instant(node, "created_time"),
        instant(node, "last_edited_time"),
        trashed,
        text(node, "url"),
        orNull(node.get("parent")),
        orNull(node.get("cover")),
        orNull(node.get("icon")),
        properties);
  }

  /** A block without its children; the tree reader attaches them. */
  static NotionBlock block(JsonNode node, List<NotionBlock> children) {
    String type = text(node, "type");
    return new NotionBlock(text(node, "id"), type, node.path("has_children").asBoolean(false),
        type == null ? null : orNull(node.get(type)), children);
  }

  static NotionDataSource dataSource(JsonNode node) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    node.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    JsonNode parent = node.path("parent");
    return new NotionDataSource(text(node, "id"), text(parent, "database_id"), plainText(node.path("title")),
        properties);
  }

  static NotionDatabase database(JsonNode node) {
    List<NotionDatabase.DataSourceRef> sources = new ArrayList<>();
    for (JsonNode source : node.path("data_sources")) {
      sources.add(new NotionDatabase.DataSourceRef(text(source, "id"), text(source, "name")));
    }
    return new NotionDatabase(text(node, "id"), plainText(node.path("title")), sources);
  }

  /** Concatenated {@code plain_text} of a rich-text array. */
  static String plainText(JsonNode richText) {
    StringBuilder out = new StringBuilder();
    for (JsonNode part : richText) {
      String piece = text(part, "plain_text");
      out.append(piece == null ? "" : piece);
    }
    return out.toString();
  }

  static String text(JsonNode node, String field) {
    return NotionErrors.text(node, field);
  }

  private static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : Instant.parse(value);
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }
}
