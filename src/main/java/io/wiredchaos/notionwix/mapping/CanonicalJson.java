package io.wiredchaos.notionwix.mapping;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an item's data as canonical JSON straight into a stream: map keys sorted at every level, no
 * whitespace. The bytes are exactly those of Jackson's {@code ORDER_MAP_ENTRIES_BY_KEYS} serialisation (the
 * definition the sync hashes on Wix were taken of; SyncHashGoldenTest and CanonicalJsonTest hold it), without
 * Jackson's per-map {@code TreeMap} copy and without an intermediate byte array: the hash is fed as it is written.
 * <p>
 * The value shapes of mapped data (String, Boolean, Integer, Long, Double, Map with String keys, List, null) are
 * written here through the same generator; anything else goes to the Jackson mapper itself, so it serialises as
 * before.
 */
final class CanonicalJson {

  private static final JsonMapper JACKSON = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CanonicalJson() {}

  /** Jackson with sorted map keys: the reference definition, and the fallback for unusual values. */
  static JsonMapper jackson() {
    return JACKSON;
  }

  /**
   * @param value the value to write
   * @param out receives the UTF-8 bytes; not closed
   * @param skip top-level keys left out when {@code value} is a map (the hash's bookkeeping fields)
   */
  static void write(Object value, OutputStream out, Set<String> skip) {
    try (JsonGenerator gen = JACKSON.createGenerator(out)) {
      if (value instanceof Map<?, ?> map) {
        writeMap(map, gen, skip);
      } else {
        writeValue(value, gen);
      }
    }
  }

  private static void writeValue(Object value, JsonGenerator gen) {
    switch (value) {
      case null -> gen.writeNull();
      case String s -> gen.writeString(s);
      case Map<?, ?> map -> writeMap(map, gen, Set.of());
      case List<?> list -> {
        gen.writeStartArray(list, list.size());
        for (Object element : list) {
          writeValue(element, gen);
        }
        gen.writeEndArray();
      }
      case Boolean b -> gen.writeBoolean(b);
      case Long l -> gen.writeNumber(l.longValue());
      case Integer i -> gen.writeNumber(i.intValue());
      case Double d -> gen.writeNumber(d.doubleValue());
      default -> JACKSON.writeValue(gen, value);
    }
  }

  private static void writeMap(Map<?, ?> map, JsonGenerator gen, Set<String> skip) {
    String[] keys = sortedKeys(map);
    if (keys == null) {
      JACKSON.writeValue(gen, map);
      return;
    }
    gen.writeStartObject(map);
    for (String key : keys) {
      if (!skip.contains(key)) {
        gen.writeName(key);
        writeValue(map.get(key), gen);
      }
    }
    gen.writeEndObject();
  }

  /** The keys in String order (Jackson's TreeMap order), or null when a key is not a String. */
  private static String[] sortedKeys(Map<?, ?> map) {
    String[] keys = new String[map.size()];
    int n = 0;
    boolean sorted = true;
    for (Object key : map.keySet()) {
      if (!(key instanceof String s)) {
        return null;
      }
      sorted &= n == 0 || keys[n - 1].compareTo(s) < 0;
      keys[n++] = s;
    }
    if (!sorted) {
      Arrays.sort(keys);
    }
    return keys;
  }
}
