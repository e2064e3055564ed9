package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.OrderedMap;
import java.nio.charset.StandardCharsets;

/**
 * The sorted order of one sequence of map keys, with each key already written as JSON ({@code "key":}, and
 * {@code ,"key":} after the first). Mapped items hold thousands of maps built by the same few builders (Ricos
 * nodes, decorations, text data), so the same key sequences come back again and again: {@link CanonicalJson}
 * looks them up here instead of comparing and escaping the keys of every map.
 * <p>
 * The cache is a fixed table shared by all threads, two slots per hash (so two frequent shapes that collide do
 * not evict each other on every page). Entries are immutable and published through a plain array write: a
 * thread that does not see another's entry only sorts once more (benign race).
 */
final class KeyOrder {

  /** Maps with more keys are sorted each time (rare: the item's top level has a key per field, about 40). */
  static final int MAX_KEYS = 64;
  private static final KeyOrder[] CACHE = new KeyOrder[1024];

  private final String[] keys;
  /** Insertion index of the i-th key in sorted order. */
  final int[] order;
  /** JSON of the i-th key in sorted order with its separators; null when the key needs escaping. */
  final byte[][] json;

  private KeyOrder(String[] keys, int[] order, byte[][] json) {
    this.keys = keys;
    this.order = order;
    this.json = json;
  }

  /** Hash of a key sequence, built key by key from any start value. */
  static int hash(int h, String key) {
    return h * 31 + key.hashCode();
  }

  /**
   * The order of {@code keys[0, n)} (distinct map keys in iteration order), from the cache or computed and cached.
   *
   * @param hash the sequence's {@link #hash}
   */
  static KeyOrder of(Object[] keys, int n, int hash) {
    int slot = (hash ^ hash >>> 16) & (CACHE.length - 1);
    KeyOrder first = CACHE[slot];
    if (first != null && first.matches(keys, n)) {
      return first;
    }
    KeyOrder second = CACHE[slot ^ 1];
    if (second != null && second.matches(keys, n)) {
      return second;
    }
    return remember(slot, compute(keys, n));
  }

  /** The order of an OrderedMap's keys (all Strings), read in place. */
  static KeyOrder of(OrderedMap map, int hash) {
    int slot = (hash ^ hash >>> 16) & (CACHE.length - 1);
    KeyOrder first = CACHE[slot];
    if (first != null && first.matches(map)) {
      return first;
    }
    KeyOrder second = CACHE[slot ^ 1];
    if (second != null && second.matches(map)) {
      return second;
    }
    Object[] keys = new Object[map.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = map.keyAt(i);
    }
    return remember(slot, compute(keys, keys.length));
  }

  private static KeyOrder remember(int slot, KeyOrder computed) {
    int other = slot ^ 1;
    KeyOrder first = CACHE[slot];
    if (first == null) {
      CACHE[slot] = computed;
    } else {
      CACHE[other] = first;
      CACHE[slot] = computed;
    }
    return computed;
  }

  private boolean matches(OrderedMap map) {
    if (keys.length != map.size()) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      Object key = map.keyAt(i);
      if (keys[i] != key && !keys[i].equals(key)) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(Object[] candidate, int n) {
    if (keys.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (keys[i] != candidate[i] && !keys[i].equals(candidate[i])) {
        return false;
      }
    }
    return true;
  }

  private static KeyOrder compute(Object[] candidate, int n) {
    String[] keys = new String[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (String) candidate[i];
      order[i] = i;
    }
    for (int i = 1; i < n; i++) {
      int moving = order[i];
      int j = i - 1;
      while (j >= 0 && keys[order[j]].compareTo(keys[moving]) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = moving;
    }
    byte[][] json = new byte[n][];
    for (int i = 0; i < n; i++) {
      json[i] = plain(keys[order[i]]) ? ((i > 0 ? ",\"" : "\"") + keys[order[i]] + "\":")
          .getBytes(StandardCharsets.US_ASCII) : null;
    }
    return new KeyOrder(keys, order, json);
  }

  /** Printable ASCII without {@code "} or {@code \\}: its JSON is the key in quotes. */
  private static boolean plain(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
