package io.wiredchaos.notionwix.mapping.content;

import java.util.List;
import java.util.Map;

/**
 * Wix rejects a Ricos document in which two nodes share an id (wix.md §5.1). Node ids derive from block ids, and
 * the same block can appear twice in one body (a synced block and its original, a block repeated by the API), so
 * this pass renames later duplicates deterministically: {@code id-2}, {@code id-3}… in document order.
 */
final class UniqueNodeIds {

  private UniqueNodeIds() {}

  static void apply(List<Map<String, Object>> nodes) {
    walk(nodes, new StringSet());
  }

  @SuppressWarnings("unchecked")
  private static void walk(List<Map<String, Object>> nodes, StringSet seen) {
    for (Map<String, Object> node : nodes) {
      if (node.get("id") instanceof String id && !id.isEmpty() && !seen.add(id)) {
        int n = 2;
        while (seen.contains(id + "-" + n)) {
          n++;
        }
        node.put("id", id + "-" + n);
        seen.add(id + "-" + n);
      }
      if (node.get("nodes") instanceof List<?> children) {
        walk((List<Map<String, Object>>) children, seen);
      }
    }
  }
}
