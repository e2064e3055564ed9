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
    walk(nodes, new Seen());
  }

  @SuppressWarnings("unchecked")
  private static void walk(List<Map<String, Object>> nodes, Seen seen) {
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

  /**
   * The ids met so far: an open-addressing string set, because a body has thousands of nodes and a
   * {@code HashSet} allocates an entry per id (this pass was a tenth of a large page's mapping time).
   */
  private static final class Seen {

    private String[] table = new String[256];
    private int size;

    /** Adds the id; false when it was already there. */
    boolean add(String id) {
      int slot = slot(table, id);
      if (table[slot] != null) {
        return false;
      }
      table[slot] = id;
      if (++size * 2 > table.length) {
        grow();
      }
      return true;
    }

    boolean contains(String id) {
      return table[slot(table, id)] != null;
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private static int slot(String[] table, String id) {
      int mask = table.length - 1;
      int h = id.hashCode();
      int i = (h ^ h >>> 16) & mask;
      while (table[i] != null && !table[i].equals(id)) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      String[] bigger = new String[table.length * 2];
      for (String id : table) {
        if (id != null) {
          bigger[slot(bigger, id)] = id;
        }
      }
      table = bigger;
    }
  }
}
