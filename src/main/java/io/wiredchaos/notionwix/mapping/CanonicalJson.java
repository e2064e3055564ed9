package io.wiredchaos.notionwix.mapping;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a value as canonical JSON straight into a digest or stream: map keys sorted at every level, no
 * whitespace. The bytes are exactly those of Jackson's {@code ORDER_MAP_ENTRIES_BY_KEYS} serialisation (the
 * definition the sync hashes on Wix were taken of; SyncHashGoldenTest and CanonicalJsonTest hold it), without
 * Jackson's per-map {@code TreeMap} copy, without a lookup per key and without an intermediate byte array.
 * <p>
 * The value shapes of mapped data (String, Boolean, Integer, Long, Double, Map with String keys, List, null) are
 * written here through Jackson's own generator (same escaping and number formats); anything else goes to the
 * Jackson mapper itself, so it serialises as before. One instance per write; not thread-safe.
 */
final class CanonicalJson extends OutputStream {

  private static final JsonMapper JACKSON = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final MessageDigest digest;
  private final OutputStream copy;
  private final Map<?, ?> measured;
  private final JsonGenerator gen;
  /** Entry scratch per nesting depth: keys then values, reused across maps of that depth (lives for one write). */
  private Object[][] scratch = new Object[8][];
  private int depth;
  private long written;
  private long measuredBytes = -1;
  private long[] measuredNodes;

  /**
   * @param digest receives the bytes; may be null
   * @param copy receives the bytes too; may be null (then only counted)
   * @param measured a map inside the value (by identity) whose size, and the sizes of the elements of its
   *     {@code nodes} list, are recorded while writing (the Ricos body, for the item size limit); may be null
   */
  CanonicalJson(MessageDigest digest, OutputStream copy, Map<?, ?> measured) {
    this.digest = digest;
    this.copy = copy;
    this.measured = measured;
    this.gen = JACKSON.createGenerator(this);
  }

  /** Jackson with sorted map keys: the reference definition, and the fallback for unusual values. */
  static JsonMapper jackson() {
    return JACKSON;
  }

  /**
   * Writes the value and flushes.
   *
   * @param skip top-level keys left out when the value is a map (the hash's bookkeeping fields); may be empty
   */
  CanonicalJson write(Object value, Set<String> skip) {
    if (value instanceof Map<?, ?> map) {
      writeMap(map, skip, false);
    } else {
      writeValue(value);
    }
    gen.close();
    return this;
  }

  /** UTF-8 bytes written. */
  long size() {
    return written;
  }

  /** Size of the measured map's JSON, or -1 when it was not met. */
  long measuredBytes() {
    return measuredBytes;
  }

  /** Sizes of the elements of the measured map's {@code nodes} (no separators), or null when not met. */
  long[] measuredNodes() {
    return measuredNodes;
  }

  private void writeValue(Object value) {
    if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      if (map == measured) {
        long start = writeMap(map, null, true);
        measuredBytes = position() - start;
      } else {
        writeMap(map, null, false);
      }
    } else if (value instanceof List<?> list) {
      writeList(list, null);
    } else if (value == null) {
      gen.writeNull();
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Long l) {
      gen.writeNumber(l.longValue());
    } else if (value instanceof Integer i) {
      gen.writeNumber(i.intValue());
    } else if (value instanceof Double d) {
      gen.writeNumber(d.doubleValue());
    } else {
      JACKSON.writeValue(gen, value);
    }
  }

  /** @param sizes when not null, receives each element's size (elements that are not maps are measured too) */
  private void writeList(List<?> list, long[] sizes) {
    int n = list.size();
    gen.writeStartArray(list, n);
    if (list instanceof RandomAccess) {
      for (int i = 0; i < n; i++) {
        writeElement(list.get(i), sizes, i);
      }
    } else {
      int i = 0;
      for (Object element : list) {
        writeElement(element, sizes, i++);
      }
    }
    gen.writeEndArray();
  }

  private void writeElement(Object element, long[] sizes, int index) {
    if (sizes != null && index < sizes.length && element instanceof Map<?, ?> map) {
      long start = writeMap(map, null, false);
      sizes[index] = position() - start;
    } else {
      if (sizes != null && index < sizes.length) {
        sizes[index] = SyncHash.size(element);
      }
      writeValue(element);
    }
  }

  /**
   * @param skip top-level keys to leave out, or null
   * @param measure whether to record the sizes of this map's {@code nodes} elements
   * @return the offset of this map's opening brace
   */
  private long writeMap(Map<?, ?> map, Set<String> skip, boolean measure) {
    int n = map.size();
    Object[] entries = entries(n);
    int count = 0;
    boolean sorted = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key) || count == n) {
        JACKSON.writeValue(gen, map);
        return position() - JACKSON.writeValueAsBytes(map).length;
      }
      if (skip == null || !skip.contains(key)) {
        sorted &= count == 0 || ((String) entries[count - 1]).compareTo(key) < 0;
        entries[count] = key;
        entries[n + count] = entry.getValue();
        count++;
      }
    }
    if (!sorted) {
      insertionSort(entries, n, count);
    }
    depth++;
    gen.writeStartObject(map);
    long start = position() - 1;
    for (int i = 0; i < count; i++) {
      String key = (String) entries[i];
      Object value = entries[n + i];
      gen.writeName(key);
      if (measure && "nodes".equals(key) && value instanceof List<?> list) {
        measuredNodes = new long[list.size()];
        writeList(list, measuredNodes);
      } else {
        writeValue(value);
      }
    }
    gen.writeEndObject();
    depth--;
    return start;
  }

  /** Scratch of at least 2n slots for the current depth. */
  private Object[] entries(int n) {
    if (depth == scratch.length) {
      scratch = java.util.Arrays.copyOf(scratch, depth * 2);
    }
    Object[] entries = scratch[depth];
    if (entries == null || entries.length < 2 * n) {
      entries = new Object[Math.max(16, 2 * n)];
      scratch[depth] = entries;
    }
    return entries;
  }

  /** Sorts keys {@code [0, count)} by String order, moving values at {@code [n, n + count)} along. */
  private static void insertionSort(Object[] entries, int n, int count) {
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

  /** Bytes produced so far, including those still in the generator's buffer. */
  private long position() {
    return written + gen.streamWriteOutputBuffered();
  }

  @Override
  public void write(int b) {
    written++;
    if (digest != null) {
      digest.update((byte) b);
    }
    if (copy != null) {
      try {
        copy.write(b);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    written += length;
    if (digest != null) {
      digest.update(bytes, offset, length);
    }
    if (copy != null) {
      try {
        copy.write(bytes, offset, length);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
