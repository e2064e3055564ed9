package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notion's table_of_contents block: a bulleted list of the document's headings, each an ANCHOR decoration to
 * the heading's node id (wix.md §5.3). Converted in two passes: the block leaves a marker, and {@link #fill}
 * replaces every marker once all headings exist. Heading levels show as indentation.
 */
final class TableOfContents {

  private static final String MARKER = "TOC_MARKER";

  private TableOfContents() {}

  static List<Map<String, Object>> marker(NotionBlock block, BlockTree tree) {
    tree.ctx().tableOfContents();
    return List.of(Ricos.node(MARKER, tree.ctx().id(block.id(), ""), List.of()));
  }

  /** The nodes with markers replaced (in place, recursively); a document without headings gets an empty paragraph. */
  static List<Map<String, Object>> fill(List<Map<String, Object>> nodes) {
    List<Map<String, Object>> headings = new ArrayList<>();
    collect(nodes, headings);
    replace(nodes, headings);
    return nodes;
  }

  private static void collect(List<Map<String, Object>> nodes, List<Map<String, Object>> headings) {
    for (Map<String, Object> node : nodes) {
      if ("HEADING".equals(node.get("type")) && !RicosPlainText.of(node).isBlank()) {
        headings.add(node);
      }
      collect(Ricos.children(node), headings);
    }
  }

  private static void replace(List<Map<String, Object>> nodes, List<Map<String, Object>> headings) {
    for (int i = 0; i < nodes.size(); i++) {
      Map<String, Object> node = nodes.get(i);
      if (MARKER.equals(node.get("type"))) {
        nodes.set(i, list((String) node.get("id"), headings));
      } else {
        replace(Ricos.children(node), headings);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> list(String id, List<Map<String, Object>> headings) {
    if (headings.isEmpty()) {
      return Ricos.paragraph(id, List.of());
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> heading : headings) {
      String itemId = id + "-i" + items.size();
      int level = ((Map<String, Object>) heading.get("headingData")).get("level") instanceof Integer l ? l : 1;
      Map<String, Object> paragraph = Ricos.paragraph(itemId + "-p", Ricos.texts(itemId + "-p",
          RicosPlainText.of(heading), List.of(Ricos.map("type", "ANCHOR", "anchorData",
              Ricos.map("anchor", heading.get("id"))))));
      if (level > 1) {
        ((Map<String, Object>) paragraph.get("paragraphData")).put("indentation", level - 1);
      }
      items.add(Ricos.node("LIST_ITEM", itemId, List.of(paragraph)));
    }
    return Ricos.node("BULLETED_LIST", id, items, "bulletedListData", Ricos.map("offset", 0));
  }
}
