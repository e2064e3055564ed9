package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Toggles and toggleable headings as COLLAPSIBLE_LIST → COLLAPSIBLE_ITEM → [TITLE, BODY] (wix.md §5.2): the
 * title holds exactly one node, the body at least one (an empty spacer paragraph when the toggle is empty).
 */
final class Collapsible {

  private Collapsible() {}

  static List<Map<String, Object>> toggle(NotionBlock block, BlockTree tree) {
    String titleId = tree.ctx().id(block.id(), "title-p");
    Map<String, Object> title = Ricos.paragraph(titleId, TextBlocks.texts(block, titleId, List.of(), tree));
    return List.of(of(block, title, tree));
  }

  /** One collapsible list whose title is {@code title} and whose body is the block's children. */
  static Map<String, Object> of(NotionBlock block, Map<String, Object> title, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    String listId = ctx.id(block.id(), "toggle");
    List<Map<String, Object>> body = new ArrayList<>(tree.convertAll(block.children()));
    if (body.isEmpty()) {
      body.add(Ricos.paragraph(ctx.id(block.id(), "empty"), List.of()));
    }
    Map<String, Object> item = Ricos.node("COLLAPSIBLE_ITEM", ctx.id(block.id(), "item"), List.of(
        Ricos.node("COLLAPSIBLE_ITEM_TITLE", ctx.id(block.id(), "title"), List.of(title)),
        Ricos.node("COLLAPSIBLE_ITEM_BODY", ctx.id(block.id(), "body"), body)));
    return Ricos.node("COLLAPSIBLE_LIST", listId, List.of(item), "collapsibleListData", Ricos.map(
        "containerData", Ricos.container(), "expandOnlyOne", false, "initialExpandedItems", "NONE",
        "direction", "LTR"));
  }
}
