package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consecutive bulleted, numbered or to-do items as one BULLETED_LIST / ORDERED_LIST (wix.md §5.5). Each
 * LIST_ITEM starts with its PARAGRAPH; nested lists and other children follow inside it (wix.md §5.2), so
 * nesting depth is kept. To-dos become bullets with a ☐/☑ mark (CHECKBOX_LIST is not in the Ricos reference).
 */
final class ListBlocks {

  /** What a LIST_ITEM may hold after its first node (wix.md §5.2). */
  static final Set<String> ITEM_CHILDREN =
      Set.of("PARAGRAPH", "BULLETED_LIST", "ORDERED_LIST", "HEADING", "IMAGE", "VIDEO", "GIF", "GALLERY");

  private ListBlocks() {}

  static Map<String, Object> list(List<NotionBlock> items, BlockTree tree) {
    NotionBlock first = items.getFirst();
    ContentContext ctx = tree.ctx();
    String listId = ctx.id(first.id(), "list");
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (NotionBlock item : items) {
      nodes.add(item(item, tree));
    }
    if ("numbered_list_item".equals(first.type())) {
      long start = Json.at(first.payload(), "list_start_index").asLong(1);
      return Ricos.node("ORDERED_LIST", listId, nodes, "orderedListData", Ricos.map("start", start, "offset", 0));
    }
    return Ricos.node("BULLETED_LIST", listId, nodes, "bulletedListData", Ricos.map("offset", 0));
  }

  private static Map<String, Object> item(NotionBlock block, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    String paragraphId = ctx.id(block.id(), "");
    List<Map<String, Object>> texts = new ArrayList<>();
    if ("to_do".equals(block.type())) {
      texts.add(Ricos.text(paragraphId + "-check", Json.bool(block.payload(), "checked") ? "☑ " : "☐ ", List.of()));
    }
    texts.addAll(TextBlocks.texts(block, paragraphId, List.of(), tree));
    List<Map<String, Object>> children = new ArrayList<>();
    children.add(Ricos.paragraph(paragraphId, texts));
    for (Map<String, Object> child : tree.convertAll(block.children())) {
      children.addAll(fit(child, block.id(), ctx));
    }
    return Ricos.node("LIST_ITEM", ctx.id(block.id(), "item"), children);
  }

  /**
   * A node made valid inside a LIST_ITEM: allowed nodes stay; text containers (code, caption) become
   * paragraphs with the same runs; other containers are unwrapped to their allowed descendants; what is
   * left (dividers, files…) is dropped with a warning.
   */
  static List<Map<String, Object>> fit(Map<String, Object> node, String blockId, ContentContext ctx) {
    String type = String.valueOf(node.get("type"));
    if (ITEM_CHILDREN.contains(type)) {
      return List.of(node);
    }
    if (type.equals("CAPTION")) {
      return List.of(Ricos.paragraph(node.get("id") + "-p", Ricos.children(node)));
    }
    if (type.equals("CODE_BLOCK")) {
      List<Map<String, Object>> texts = new ArrayList<>();
      for (Map<String, Object> text : Ricos.children(node)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) text.get("textData");
        texts.add(Ricos.text((String) text.get("id"), (String) data.get("text"), List.of(Decorations.monospace())));
      }
      return List.of(Ricos.paragraph(node.get("id") + "-p", texts));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> child : Ricos.children(node)) {
      out.addAll(fit(child, blockId, ctx));
    }
    if (out.isEmpty()) {
      ctx.warn(blockId, "LIST_CHILD_DROPPED", type + " cannot appear inside a list item on Wix; left out");
    }
    return out;
  }
}
