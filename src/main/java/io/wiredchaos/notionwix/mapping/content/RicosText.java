package io.wiredchaos.notionwix.mapping.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TEXT nodes of a subtree in document order (what a table cell or title shows inline). */
final class RicosText {

  private RicosText() {}

  static List<Map<String, Object>> texts(Map<String, Object> node) {
    List<Map<String, Object>> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(Map<String, Object> node, List<Map<String, Object>> out) {
    if ("TEXT".equals(node.get("type"))) {
      out.add(node);
      return;
    }
    Ricos.children(node).forEach(child -> collect(child, out));
  }
}
