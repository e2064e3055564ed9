package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.OrderedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The entries of the maps {@link CanonicalJson} writes, collected into scratch arrays reused per nesting depth
 * (keys at {@code [0, count)}, values at {@code [n, n + count)}), with the hash of the key sequence that
 * {@link KeyOrder} caches its sorted order under. No allocation per map once the scratch has grown. Not
 * thread-safe; one per writer.
 */
final class MapEntries {

  /** Entry scratch per nesting depth, reused across the maps of that depth. */
  private Object[][] scratch = new Object[8][];
  private int depth;
  /** Results of {@link #collect}, read right after it (before any nested map is collected). */
  private int count;
  private int keyHash;

  /**
   * Copies the map's entries (less {@code skip}) into the scratch of the current depth and returns it; null when a
   * key is not a String (Jackson then writes the map). {@link #count()} and {@link #keyHash()} describe the result.
   * The overloads are the same loop with the receiver's class known, so that the JIT inlines the iteration: most
   * maps are Ricos nodes ({@link OrderedMap}, read by index) or LinkedHashMaps, and through the {@code Map}
   * interface each entry cost four megamorphic calls.
   */
  Object[] collect(Map<?, ?> map, int n, Set<String> skip) {
    Object[] entries = entries(n);
    count = 0;
    keyHash = n;
    boolean complete = map instanceof OrderedMap ordered ? collect(ordered, entries, n, skip)
        : map.getClass() == LinkedHashMap.class ? collect((LinkedHashMap<?, ?>) map, entries, n, skip)
        : collectAny(map, entries, n, skip);
    return complete ? entries : null;
  }

  /** Entries collected by the last {@link #collect}. */
  int count() {
    return count;
  }

  /** {@link KeyOrder#hash} of the key sequence collected by the last {@link #collect}. */
  int keyHash() {
    return keyHash;
  }

  /** The values of the collected map are written next: nested maps use the next depth's scratch. */
  void descend() {
    depth++;
  }

  void ascend() {
    depth--;
  }

  /** Sorts keys {@code [0, count)} in String order, moving the values at {@code [n, n + count)} along. */
  static void insertionSort(Object[] entries, int n, int count) {
    for (int i = 1; i < count; i++) {
      String key = (String) entries[i];
      Object value = entries[n + i];
      int j = i - 1;
      while (j >= 0 && ((String) entries[j]).compareTo(key) > 0) {
        entries[j + 1] = entries[j];
        entries[n + j + 1] = entries[n + j];
        j--;
      }
      entries[j + 1] = key;
      entries[n + j + 1] = value;
    }
  }

  private boolean collect(OrderedMap map, Object[] entries, int n, Set<String> skip) {
    for (int i = 0; i < n; i++) {
      if (!add(map.keyAt(i), map.valueAt(i), entries, n, skip)) {
        return false;
      }
    }
    return true;
  }

  private boolean collect(LinkedHashMap<?, ?> map, Object[] entries, int n, Set<String> skip) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!add(entry.getKey(), entry.getValue(), entries, n, skip)) {
        return false;
      }
    }
    return true;
  }

  private boolean collectAny(Map<?, ?> map, Object[] entries, int n, Set<String> skip) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!add(entry.getKey(), entry.getValue(), entries, n, skip)) {
        return false;
      }
    }
    return true;
  }

  private boolean add(Object k, Object value, Object[] entries, int n, Set<String> skip) {
    if (!(k instanceof String key) || count == n) {
      return false;
    }
    if (skip != null && skip.contains(key)) {
      return true;
    }
    keyHash = KeyOrder.hash(keyHash, key);
    entries[count] = key;
    entries[n + count] = value;
    count++;
    return true;
  }

  /** Scratch of at least 2n slots for the current depth. */
  private Object[] entries(int n) {
    if (depth == scratch.length) {
      scratch = Arrays.copyOf(scratch, depth * 2);
    }
    Object[] entries = scratch[depth];
    if (entries == null || entries.length < 2 * n) {
      entries = new Object[Math.max(16, 2 * n)];
      scratch[depth] = entries;
    }
    return entries;
  }
}
