package io.wiredchaos.notionwix.mapping.content;

/**
 * A set of strings for the id bookkeeping of a body conversion: open addressing in two arrays (the strings and
 * their hashes), because a body has thousands of node ids and a {@code HashSet} allocates an entry object per id
 * (the duplicate-id pass alone was a tenth of a large page's mapping time). Probes compare the stored hash first,
 * so they rarely touch another string. Not thread-safe.
 */
final class StringSet {

  private String[] table = new String[256];
  private int[] hashes = new int[256];
  private int size;

  /** Adds the string; false when it was already there. */
  boolean add(String s) {
    int h = s.hashCode();
    int slot = slot(table, hashes, s, h);
    if (table[slot] != null) {
      return false;
    }
    table[slot] = s;
    hashes[slot] = h;
    if (++size * 2 > table.length) {
      grow();
    }
    return true;
  }

  boolean contains(String s) {
    return table[slot(table, hashes, s, s.hashCode())] != null;
  }

  /**
   * The slot holding {@code s}, or the empty slot where it would go. The hash is spread by Fibonacci hashing
   * (the top bits of hash × 2^32/φ): node ids differ only in a few trailing characters, and their raw String hashes
   * fall into runs of neighbouring slots that linear probing would have to walk.
   */
  private static int slot(String[] table, int[] hashes, String s, int h) {
    int mask = table.length - 1;
    int i = (h * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    while (table[i] != null && (hashes[i] != h || !table[i].equals(s))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    String[] biggerTable = new String[table.length * 2];
    int[] biggerHashes = new int[table.length * 2];
    for (int i = 0; i < table.length; i++) {
      if (table[i] != null) {
        int slot = slot(biggerTable, biggerHashes, table[i], hashes[i]);
        biggerTable[slot] = table[i];
        biggerHashes[slot] = hashes[i];
      }
    }
    table = biggerTable;
    hashes = biggerHashes;
  }
}
