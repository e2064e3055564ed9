package io.wiredchaos.notionwix.mapping.content;

/**
 * A set of strings for the id bookkeeping of a body conversion: open addressing in one array, because a body has
 * thousands of node ids and a {@code HashSet} allocates an entry object per id (the duplicate-id pass alone was a
 * tenth of a large page's mapping time). Not thread-safe.
 */
final class StringSet {

  private String[] table = new String[256];
  private int size;

  /** Adds the string; false when it was already there. */
  boolean add(String s) {
    int slot = slot(table, s);
    if (table[slot] != null) {
      return false;
    }
    table[slot] = s;
    if (++size * 2 > table.length) {
      grow();
    }
    return true;
  }

  boolean contains(String s) {
    return table[slot(table, s)] != null;
  }

  /**
   * The slot holding {@code s}, or the empty slot where it would go. The hash is spread by Fibonacci hashing
   * (the top bits of hash × 2^32/φ): node ids differ only in a few trailing characters, and their raw String hashes
   * fall into runs of neighbouring slots that linear probing would have to walk.
   */
  private static int slot(String[] table, String s) {
    int mask = table.length - 1;
    int i = (s.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    while (table[i] != null && !table[i].equals(s)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    String[] bigger = new String[table.length * 2];
    for (String s : table) {
      if (s != null) {
        bigger[slot(bigger, s)] = s;
      }
    }
    table = bigger;
  }
}
