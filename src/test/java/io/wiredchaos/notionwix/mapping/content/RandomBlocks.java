package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random block trees from a seed: every known type plus unknown ones, random nesting, and payloads that are
 * sometimes null, missing fields, of the wrong JSON type or holding odd text (empty, emoji, huge).
 */
final class RandomBlocks {

  static final List<String> TYPES = java.util.Arrays.asList("paragraph", "heading_1", "heading_2", "heading_3", "heading_4",
      "bulleted_list_item", "numbered_list_item", "to_do", "toggle", "quote", "callout", "code", "equation", "divider",
      "breadcrumb", "table_of_contents", "image", "video", "audio", "file", "pdf", "bookmark", "embed",
      "link_preview", "link_to_page", "table", "table_row", "column_list", "column", "synced_block", "child_page",
      "child_database", "template", "tab", "transcription", "unsupported", "mystery_block", null);
  private static final JsonNodeFactory F = JsonMapper.builder().build().getNodeFactory();
  private static final String[] TEXTS = {"", "plain", "😀 emoji", "line\nbreak", "<b>&amp;</b>", "x".repeat(2100),
      "🎉".repeat(1100), " "};

  private final Random random;
  private int ids;

  RandomBlocks(long seed) {
    this.random = new Random(seed);
  }

  List<NotionBlock> tree(int depth) {
    List<NotionBlock> out = new ArrayList<>();
    int n = random.nextInt(depth > 6 ? 2 : 6);
    for (int i = 0; i < n; i++) {
      out.add(random.nextInt(40) == 0 ? null : block(depth));
    }
    return out;
  }

  private NotionBlock block(int depth) {
    String type = TYPES.get(random.nextInt(TYPES.size()));
    String id = random.nextInt(30) == 0 ? null : random.nextInt(20) == 0 ? "dup" : String.format(
        "%08x-0000-4000-8000-%012x", ++ids, ids);
    List<NotionBlock> children = random.nextInt(3) == 0 && depth < 60
        ? tree(depth + 1).stream().filter(java.util.Objects::nonNull).toList() : List.of();
    return new NotionBlock(id, type, !children.isEmpty(), payload(), children);
  }

  private JsonNode payload() {
    switch (random.nextInt(12)) {
      case 0:
        return null;
      case 1:
        return F.textNode("not an object");
      case 2:
        return F.arrayNode();
      default:
        break;
    }
    ObjectNode p = F.objectNode();
    maybe(p, "rich_text", richText());
    maybe(p, "caption", richText());
    maybe(p, "color", F.textNode(pick("default", "red", "blue_background", "nonsense")));
    maybe(p, "checked", random.nextBoolean() ? F.booleanNode(true) : F.textNode("yes"));
    maybe(p, "is_toggleable", F.booleanNode(random.nextBoolean()));
    maybe(p, "language", F.textNode(pick("java", "plain text", "")));
    maybe(p, "expression", F.textNode(text()));
    maybe(p, "url", F.textNode(pick("https://example.com/x", "", "https://www.youtube.com/watch?v=1", "not a url")));
    maybe(p, "title", F.textNode(text()));
    maybe(p, "page_id", F.textNode(pick("2a7104cd-477e-8123-b1aa-f00d00000002", "garbage")));
    maybe(p, "table_width", random.nextBoolean() ? F.numberNode(random.nextInt(5)) : F.textNode("3"));
    maybe(p, "has_column_header", F.booleanNode(random.nextBoolean()));
    maybe(p, "list_start_index", F.numberNode(random.nextInt(10) - 2));
    maybe(p, "block_type", F.textNode("button"));
    ArrayNode cells = F.arrayNode();
    for (int i = random.nextInt(4); i > 0; i--) {
      cells.add(random.nextInt(5) == 0 ? F.nullNode() : richText());
    }
    maybe(p, "cells", cells);
    maybe(p, "icon", random.nextBoolean() ? F.objectNode().put("type", "emoji").put("emoji", "💡") : F.nullNode());
    String fileUrl = pick("https://prod-files-secure.s3.us-west-2.amazonaws.com/a/b.png?X-Amz-Signature=1", "", "%%%");
    maybe(p, "file", F.objectNode().put("url", fileUrl));
    maybe(p, "external", F.objectNode().put("url", pick("https://img.example.com/i.jpg", "")));
    maybe(p, "synced_from", F.nullNode());
    return p;
  }

  private JsonNode richText() {
    if (random.nextInt(8) == 0) {
      return random.nextBoolean() ? F.nullNode() : F.objectNode();
    }
    ArrayNode array = F.arrayNode();
    for (int i = random.nextInt(4); i > 0; i--) {
      ObjectNode segment = F.objectNode();
      String type = pick("text", "mention", "equation", "weird");
      segment.put("type", type);
      if (random.nextInt(6) != 0) {
        segment.put("plain_text", text());
      }
      ObjectNode annotations = segment.putObject("annotations");
      annotations.put("bold", random.nextBoolean()).put("italic", random.nextBoolean())
          .put("code", random.nextBoolean()).put("color", pick("default", "red", "gray_background", "??"));
      if (random.nextBoolean()) {
        segment.put("href", pick("https://example.com", "/2a7104cd477e8123b1aaf00d00000002", "", "javascript:x"));
      }
      if (type.equals("mention")) {
        segment.putObject("mention").put("type", pick("page", "user", "date", "link_preview"))
            .putObject("page").put("id", pick("2a7104cd-477e-8123-b1aa-f00d00000002", "nope"));
      }
      array.add(segment);
    }
    return array;
  }

  private void maybe(ObjectNode p, String key, JsonNode value) {
    if (random.nextInt(3) == 0) {
      p.set(key, value);
    }
  }

  private String text() {
    return TEXTS[random.nextInt(TEXTS.length)];
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }
}
