package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text blocks: paragraph, heading_1..4 (toggleable ones become collapsible lists), quote and callout
 * (wix.md §5.5). Ricos PARAGRAPH and HEADING hold TEXT only, so a block's children follow it as siblings,
 * indented one step; a quote or callout holds exactly one PARAGRAPH, so its child paragraphs each get their
 * own BLOCKQUOTE.
 */
final class TextBlocks {

  private TextBlocks() {}

  static List<Map<String, Object>> paragraph(NotionBlock block, BlockTree tree) {
    List<Map<String, Object>> out = new ArrayList<>();
    String id = tree.ctx().id(block.id(), "");
    List<Map<String, Object>> texts = new ArrayList<>();
    String icon = Json.nonBlank(block.payload(), "icon", "emoji");
    if (icon != null) {
      texts.add(Ricos.text(id + "-icon", icon + " ", List.of()));
    }
    texts.addAll(texts(block, id, List.of(), tree));
    out.add(Ricos.paragraph(id, texts));
    out.addAll(indented(tree.convertAll(block.children())));
    return out;
  }

  static List<Map<String, Object>> heading(NotionBlock block, BlockTree tree) {
    int level = Math.min(6, Math.max(1, block.type().charAt(block.type().length() - 1) - '0'));
    String id = tree.ctx().id(block.id(), "");
    Map<String, Object> heading = Ricos.heading(id, level, texts(block, id, List.of(), tree));
    if (Json.bool(block.payload(), "is_toggleable")) {
      return List.of(Collapsible.of(block, heading, tree));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(heading);
    out.addAll(indented(tree.convertAll(block.children())));
    return out;
  }

  static List<Map<String, Object>> quote(NotionBlock block, BlockTree tree) {
    return quoted(block, List.of(), tree);
  }

  /** Callout: a quote whose paragraph starts with the icon (emoji, or nothing for image icons) and keeps the colour. */
  static List<Map<String, Object>> callout(NotionBlock block, BlockTree tree) {
    String emoji = Json.nonBlank(block.payload(), "icon", "emoji");
    return quoted(block, emoji == null ? List.of() : List.of(emoji + " "), tree);
  }

  private static List<Map<String, Object>> quoted(NotionBlock block, List<String> prefix, BlockTree tree) {
    String id = tree.ctx().id(block.id(), "");
    String paragraphId = tree.ctx().id(block.id(), "p");
    List<Map<String, Object>> texts = new ArrayList<>();
    for (String text : prefix) {
      texts.add(Ricos.text(paragraphId + "-icon", text, List.of()));
    }
    texts.addAll(texts(block, paragraphId, List.of(), tree));
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(blockquote(id, Ricos.paragraph(paragraphId, texts)));
    for (Map<String, Object> child : tree.convertAll(block.children())) {
      out.add("PARAGRAPH".equals(child.get("type")) ? blockquote(child.get("id") + "-q", child) : child);
    }
    return out;
  }

  private static Map<String, Object> blockquote(String id, Map<String, Object> paragraph) {
    return Ricos.node("BLOCKQUOTE", id, List.of(paragraph), "blockquoteData", Ricos.map("indentation", 1));
  }

  /** TEXT runs of the block's {@code rich_text}, with the block colour applied. */
  static List<Map<String, Object>> texts(
      NotionBlock block, String parentId, List<Map<String, Object>> extra, BlockTree tree) {
    return RichTextRuns.texts(Json.at(block.payload(), "rich_text"), parentId, block.id(),
        Json.text(block.payload(), "color"), extra, tree.ctx());
  }

  /** Indents top-level paragraphs and headings one more step (Notion's nested "children" of a text block). */
  static List<Map<String, Object>> indented(List<Map<String, Object>> nodes) {
    for (Map<String, Object> node : nodes) {
      String dataKey = switch (String.valueOf(node.get("type"))) {
        case "PARAGRAPH" -> "paragraphData";
        case "HEADING" -> "headingData";
        default -> null;
      };
      if (dataKey != null && node.get(dataKey) instanceof Map<?, ?> data) {
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) data;
        d.put("indentation", d.get("indentation") instanceof Integer i ? i + 1 : 1);
      }
    }
    return nodes;
  }
}
