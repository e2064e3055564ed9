package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Block objects in Notion's shape (notion.md §5.1–5.2). */
final class SeedBlocks {

  private SeedBlocks() {}

  static ObjectNode block(String id, String type) {
    ObjectNode block = Exchanges.object().put("object", "block").put("id", id).put("type", type)
        .put("created_time", "2026-10-01T09:00:00.000Z").put("last_edited_time", "2026-10-01T09:00:00.000Z")
        .put("has_children", false).put("in_trash", false).put("archived", false);
    block.putObject("created_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    block.putObject("last_edited_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    block.putObject(type);
    return block;
  }

  static ObjectNode text(String id, String type, ArrayNode runs) {
    ObjectNode block = block(id, type);
    ((ObjectNode) block.path(type)).set("rich_text", runs);
    ((ObjectNode) block.path(type)).put("color", "default");
    return block;
  }

  static ObjectNode paragraph(String id, String text) {
    return text(id, "paragraph", SeedText.runs(text));
  }

  static ObjectNode heading(String id, int level, String text) {
    ObjectNode block = text(id, "heading_" + level, SeedText.runs(text));
    ((ObjectNode) block.path("heading_" + level)).put("is_toggleable", false);
    return block;
  }

  static ObjectNode image(String id, String urlOrFileKey, boolean hosted, String caption) {
    ObjectNode block = block(id, "image");
    ObjectNode image = (ObjectNode) block.path("image");
    if (hosted) {
      image.put("type", "file").putObject("file").put("url", "@file:" + urlOrFileKey);
    } else {
      image.put("type", "external").putObject("external").put("url", urlOrFileKey);
    }
    image.set("caption", SeedText.runs(caption));
    return block;
  }

  static ObjectNode code(String id, String language, String source) {
    ObjectNode block = text(id, "code", SeedText.runs(source));
    ((ObjectNode) block.path("code")).remove("color");
    ((ObjectNode) block.path("code")).put("language", language).set("caption", Exchanges.NODES.arrayNode());
    return block;
  }

  static ObjectNode withChildren(ObjectNode block) {
    return block.put("has_children", true);
  }
}
