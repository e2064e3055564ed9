package io.wiredchaos.notionwix.mapping.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The map behind Ricos nodes and their data objects: insertion-ordered like {@link java.util.LinkedHashMap}
 * (documents serialise to the same bytes, and {@code equals}, {@code hashCode} and {@code toString} are those of
 * every {@link Map}), but keys and values sit side by side in one array and are found by a linear search. Ricos
 * maps hold two to five keys, mostly the same literal strings (found by identity), and a body holds thousands
 * of them: a hash map's table and per-entry nodes were a third of a page's allocation and of its lookups.
 * <p>
 * Null keys and values are allowed. Not thread-safe; iterators fail fast on structural changes.
 */
public final class OrderedMap extends AbstractMap<String, Object> {

  /** Keys at even, values at odd indexes. */
  private Object[] slots;
  private int size;
  private int modifications;

  public OrderedMap() {
    this(4);
  }

  /** @param expected keys expected; the map grows past it when needed */
  public OrderedMap(int expected) {
    slots = new Object[Math.max(2, 2 * expected)];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * The key at insertion position {@code i} (0 ≤ i < size), for walkers that want no iterator; an Object because
   * unchecked code could have put any key.
   */
  public Object keyAt(int i) {
    return slots[2 * i];
  }

  /** The value at insertion position {@code i} (0 ≤ i < size). */
  public Object valueAt(int i) {
    return slots[2 * i + 1];
  }

  @Override
  public Object get(Object key) {
    int at = indexOf(key);
    return at < 0 ? null : slots[at + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object put(String key, Object value) {
    int at = indexOf(key);
    if (at >= 0) {
      Object old = slots[at + 1];
      slots[at + 1] = value;
      return old;
    }
    append(key, value);
    return null;
  }

  /**
   * Adds a key the caller knows is not in the map yet (a builder writing fixed distinct keys), skipping the
   * search {@link #put} does first.
   */
  void append(String key, Object value) {
    if (2 * size == slots.length) {
      slots = Arrays.copyOf(slots, 2 * slots.length);
    }
    slots[2 * size] = key;
    slots[2 * size + 1] = value;
    size++;
    modifications++;
  }

  @Override
  public Object remove(Object key) {
    int at = indexOf(key);
    if (at < 0) {
      return null;
    }
    Object old = slots[at + 1];
    removeAt(at);
    return old;
  }

  @Override
  public void clear() {
    Arrays.fill(slots, 0, 2 * size, null);
    size = 0;
    modifications++;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    int expected = modifications;
    for (int i = 0; i < size; i++) {
      action.accept((String) keyAt(i), valueAt(i));
      if (modifications != expected) {
        throw new ConcurrentModificationException();
      }
    }
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Entries();
      }

      @Override
      public void clear() {
        OrderedMap.this.clear();
      }
    };
  }

  /** Slot index of the key, or -1; literal keys are found by identity before any {@code equals}. */
  private int indexOf(Object key) {
    Object[] s = slots;
    int end = 2 * size;
    for (int i = 0; i < end; i += 2) {
      if (s[i] == key) {
        return i;
      }
    }
    if (key != null) {
      for (int i = 0; i < end; i += 2) {
        if (key.equals(s[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  private void removeAt(int at) {
    int end = 2 * size;
    System.arraycopy(slots, at + 2, slots, at, end - at - 2);
    slots[end - 2] = null;
    slots[end - 1] = null;
    size--;
    modifications++;
  }

  private final class Entries implements Iterator<Map.Entry<String, Object>> {

    private int next;
    private int last = -1;
    private int expected = modifications;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Map.Entry<String, Object> next() {
      if (modifications != expected) {
        throw new ConcurrentModificationException();
      }
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Entry(last);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      if (modifications != expected) {
        throw new ConcurrentModificationException();
      }
      removeAt(2 * last);
      next = last;
      last = -1;
      expected = modifications;
    }
  }

  /** A live entry: {@link #setValue} writes through to the map. */
  private final class Entry implements Map.Entry<String, Object> {

    private final int index;

    Entry(int index) {
      this.index = index;
    }

    @Override
    public String getKey() {
      return (String) keyAt(index);
    }

    @Override
    public Object getValue() {
      return valueAt(index);
    }

    @Override
    public Object setValue(Object value) {
      Object old = slots[2 * index + 1];
      slots[2 * index + 1] = value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e && java.util.Objects.equals(getKey(), e.getKey())
          && java.util.Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(getKey()) ^ java.util.Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
