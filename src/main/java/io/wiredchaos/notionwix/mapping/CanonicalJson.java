package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.OrderedMap;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.NumberOutput;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a value as canonical JSON straight into a digest and/or stream: map keys sorted at every level, no
 * whitespace. The bytes are exactly those of Jackson's {@code ORDER_MAP_ENTRIES_BY_KEYS} serialisation, the
 * definition the sync hashes on Wix were taken of (SyncHashGoldenTest pins hashes, CanonicalJsonTest compares
 * with Jackson on random trees). It is written by hand because hashing is most of a page's mapping time: no
 * per-map {@code TreeMap} copy, no lookup per key, no generator context, no intermediate byte array.
 * <p>
 * Only tokens whose Jackson form is certain are written here: structure, {@code null}, booleans, {@code Integer}
 * and {@code Long}, finite {@code Double}s (by Jackson's own number writer), and strings of printable characters
 * (non-ASCII as UTF-8, with the short escapes {@code \" \\ \n \r \t}). Anything else (other control characters,
 * surrogates, NaN and infinities, other types, maps with non-String keys) is serialised by the Jackson mapper
 * itself, so it is byte for byte what it was. One instance per write; not thread-safe.
 */
final class CanonicalJson {

  private static final JsonMapper JACKSON = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .build();
  /** Whether Jackson writes doubles with its own Schubfach port: finite doubles are written as it would. */
  private static final boolean FAST_DOUBLES = JACKSON.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
  static final int MARK_FROM_NODES = 64;
  /** A digest state is saved before every this many nodes: a copy costs about as much as hashing a few nodes. */
  static final int MARK_EVERY = 8;
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private final JsonBytes out;
  private final Map<?, ?> measured;
  /** Set when resuming: the output stays silent until the measured body's nodes, where this takes over. */
  private final Resume resume;
  private final MapEntries maps = new MapEntries();
  private long measuredBytes = -1;
  private long[] measuredNodes;
  private int measuredTimes;
  /** Digest state and position before each top-level node of the measured body (when hashing one). */
  private MessageDigest[] marks;
  private long[] markPositions;

  /**
   * @param digest receives the bytes; may be null
   * @param copy receives the bytes too; may be null (then they are only counted); not closed
   * @param measured a map inside the value (by identity) whose size, and the sizes of the elements of its
   *     {@code nodes} list, are recorded while writing (the Ricos body, for the item size limit); may be null
   */
  CanonicalJson(MessageDigest digest, OutputStream copy, Map<?, ?> measured) {
    this.out = new JsonBytes(digest, copy, false);
    this.measured = measured;
    this.resume = null;
  }

  /**
   * A writer that hashes the value again after the measured body's {@code nodes} list lost its tail, starting
   * from the digest state saved before a node at most {@link #MARK_EVERY} - 1 before the cut ({@link #mark})
   * instead of re-reading all the kept nodes.
   */
  private CanonicalJson(Map<?, ?> measured, Resume resume) {
    this.out = new JsonBytes(null, null, true);
    this.measured = measured;
    this.resume = resume;
  }

  /**
   * @param from the node the resumed pass starts with (one of the nodes kept, or the first one dropped)
   * @param mark digest state before node {@code from} of the body's nodes
   * @param position bytes written before that point
   */
  record Resume(int from, MessageDigest mark, long position) {}

  /**
   * Hashes {@code value} whose measured body now holds its first {@code kept} nodes (unchanged) and then new
   * ones, continuing from the state {@link #mark} saved in the first pass.
   */
  static CanonicalJson resume(Object value, Set<String> skip, Map<?, ?> measured, Resume resume) {
    return new CanonicalJson(measured, resume).write(value, skip);
  }

  /** Where a resumed hash can start for {@code kept} nodes, or null when the first pass could not mark it. */
  Resume mark(int kept) {
    int from = kept - kept % MARK_EVERY;
    if (marks == null || measuredTimes != 1 || kept < 0 || kept >= marks.length || marks[from] == null) {
      return null;
    }
    return new Resume(from, marks[from], markPositions[from]);
  }

  /** The digest written to; null for a resumed pass that never reached the body (then it hashed nothing). */
  MessageDigest digest() {
    return out.digest();
  }

  /** Jackson with sorted map keys: the reference definition, and the writer of the rare tokens. */
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
    out.flush();
    return this;
  }

  /** UTF-8 bytes written. */
  long size() {
    return out.position();
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
      out.string(s);
    } else if (value instanceof OrderedMap map && map != measured) {
      writeMap(map, null, false);
    } else if (value != null && value.getClass() == LinkedHashMap.class && value != measured) {
      writeMap((Map<?, ?>) value, null, false);
    } else if (value != null && value.getClass() == ArrayList.class) {
      writeList((List<?>) value, null);
    } else if (value instanceof Map<?, ?> map) {
      long start = out.position();
      writeMap(map, null, map == measured);
      if (map == measured) {
        measuredBytes = out.position() - start;
      }
    } else if (value instanceof List<?> list) {
      writeList(list, null);
    } else if (value == null) {
      out.raw(NULL);
    } else if (value instanceof Boolean b) {
      out.raw(b ? TRUE : FALSE);
    } else if (value instanceof Long || value instanceof Integer) {
      out.ascii(value.toString());
    } else if (value instanceof Double d && Double.isFinite(d)) {
      out.ascii(NumberOutput.toString(d, FAST_DOUBLES));
    } else {
      out.raw(JACKSON.writeValueAsBytes(value));
    }
  }

  /** @param sizes when not null, receives each element's size */
  private void writeList(List<?> list, long[] sizes) {
    out.put('[');
    if (list.getClass() == ArrayList.class) {
      ArrayList<?> array = (ArrayList<?>) list;
      for (int i = 0, n = array.size(); i < n; i++) {
        writeElement(i, array.get(i), sizes);
      }
    } else if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        writeElement(i, list.get(i), sizes);
      }
    } else {
      int i = 0;
      for (Object element : list) {
        writeElement(i++, element, sizes);
      }
    }
    out.put(']');
  }

  private void writeElement(int index, Object element, long[] sizes) {
    if (index > 0) {
      out.put(',');
    }
    long start = out.position();
    writeValue(element);
    if (sizes != null && index < sizes.length) {
      sizes[index] = out.position() - start;
    }
  }

  /**
   * @param skip keys to leave out, or null
   * @param measure whether to record the sizes of the elements of this map's {@code nodes}
   */
  private void writeMap(Map<?, ?> map, Set<String> skip, boolean measure) {
    if (skip == null && map instanceof OrderedMap ordered && writeInPlace(ordered, measure)) {
      return;
    }
    int n = map.size();
    Object[] entries = maps.collect(map, n, skip);
    if (entries == null) {
      out.raw(JACKSON.writeValueAsBytes(map));
      return;
    }
    int count = maps.count();
    int hash = maps.keyHash();
    maps.descend();
    out.put('{');
    if (count <= KeyOrder.MAX_KEYS) {
      KeyOrder order = KeyOrder.of(entries, count, hash);
      for (int i = 0; i < count; i++) {
        int at = order.order[i];
        if (order.json[i] != null) {
          out.raw(order.json[i]);
        } else {
          key(i, (String) entries[at]);
        }
        entry((String) entries[at], entries[n + at], measure);
      }
    } else {
      MapEntries.insertionSort(entries, n, count);
      for (int i = 0; i < count; i++) {
        key(i, (String) entries[i]);
        entry((String) entries[i], entries[n + i], measure);
      }
    }
    out.put('}');
    maps.ascend();
  }

  /**
   * Writes a Ricos node map straight from its own arrays (no copy into the scratch). False, having written
   * nothing, when it has too many keys or a key that is not a String: then the general path writes it.
   */
  private boolean writeInPlace(OrderedMap map, boolean measure) {
    int n = map.size();
    if (n > KeyOrder.MAX_KEYS) {
      return false;
    }
    int hash = n;
    for (int i = 0; i < n; i++) {
      if (!(map.keyAt(i) instanceof String key)) {
        return false;
      }
      hash = KeyOrder.hash(hash, key);
    }
    KeyOrder order = KeyOrder.of(map, hash);
    out.put('{');
    for (int i = 0; i < n; i++) {
      int at = order.order[i];
      String key = (String) map.keyAt(at);
      if (order.json[i] != null) {
        out.raw(order.json[i]);
      } else {
        key(i, key);
      }
      entry(key, map.valueAt(at), measure);
    }
    out.put('}');
    return true;
  }

  /** {@code "key":}, after a comma unless it is the map's first key. */
  private void key(int index, String key) {
    if (index > 0) {
      out.put(',');
    }
    out.string(key);
    out.put(':');
  }

  /** The value of a map entry whose key is written. */
  private void entry(String key, Object value, boolean measure) {
    if (measure && "nodes".equals(key) && value instanceof List<?> list) {
      measuredTimes++;
      measuredNodes = new long[list.size()];
      if (resume != null) {
        resumeNodes(list);
      } else {
        markNodes(list);
      }
    } else {
      writeValue(value);
    }
  }

  /**
   * The body's nodes, saving the digest state before every {@link #MARK_EVERY}th one when hashing a body of at
   * least {@link #MARK_FROM_NODES} nodes (a cut body with fewer is simply hashed again in full: saving states
   * costs more than it saves on the small pages that are most pages).
   */
  private void markNodes(List<?> nodes) {
    if (!out.hashing() || nodes.size() < MARK_FROM_NODES) {
      writeList(nodes, measuredNodes);
      return;
    }
    marks = new MessageDigest[nodes.size()];
    markPositions = new long[nodes.size()];
    out.put('[');
    for (int i = 0; i < nodes.size(); i++) {
      if (i % MARK_EVERY == 0) {
        markPositions[i] = out.position();
        marks[i] = out.digestState();
      }
      writeElement(i, nodes.get(i), measuredNodes);
    }
    out.put(']');
  }

  /** The nodes from {@code resume.from()} on, after the saved state that covers everything before them. */
  private void resumeNodes(List<?> nodes) {
    out.resumeFrom(resume.mark(), resume.position());
    for (int i = resume.from(); i < nodes.size(); i++) {
      writeElement(i, nodes.get(i), null);
    }
    out.put(']');
  }
}
