package io.wiredchaos.notionwix.mapping;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
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
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private final JsonBytes out;
  private final Map<?, ?> measured;
  /** Set when resuming: the output stays silent until the measured body's nodes, where this takes over. */
  private final Resume resume;
  /** Entry scratch per nesting depth: keys then values, reused across the maps of that depth. */
  private Object[][] scratch = new Object[8][];
  private int depth;
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
   * from the digest state saved before node {@code kept} ({@link #mark}) instead of re-reading the kept nodes.
   */
  private CanonicalJson(Map<?, ?> measured, Resume resume) {
    this.out = new JsonBytes(null, null, true);
    this.measured = measured;
    this.resume = resume;
  }

  /**
   * @param mark digest state before node {@code kept} of the body's nodes
   * @param position bytes written before that point
   */
  record Resume(int kept, MessageDigest mark, long position) {}

  /**
   * Hashes {@code value} whose measured body now holds its first {@code kept} nodes (unchanged) and then new
   * ones, continuing from the state {@link #mark} saved in the first pass.
   */
  static CanonicalJson resume(Object value, Set<String> skip, Map<?, ?> measured, Resume resume) {
    return new CanonicalJson(measured, resume).write(value, skip);
  }

  /** Where a resumed hash can start for {@code kept} nodes, or null when the first pass could not mark it. */
  Resume mark(int kept) {
    if (marks == null || measuredTimes != 1 || kept < 0 || kept >= marks.length || marks[kept] == null) {
      return null;
    }
    return new Resume(kept, marks[kept], markPositions[kept]);
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
    if (list instanceof RandomAccess) {
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
    int n = map.size();
    Object[] entries = entries(n);
    int count = 0;
    boolean sorted = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key) || count == n) {
        out.raw(JACKSON.writeValueAsBytes(map));
        return;
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
    out.put('{');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.put(',');
      }
      String key = (String) entries[i];
      Object value = entries[n + i];
      out.string(key);
      out.put(':');
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
    out.put('}');
    depth--;
  }

  /**
   * The body's nodes, saving the digest state before each one when hashing a body of at least
   * {@link #MARK_FROM_NODES} nodes (a cut body with fewer is simply hashed again in full: saving states costs
   * more than it saves on the small pages that are most pages).
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
      markPositions[i] = out.position();
      marks[i] = out.digestState();
      writeElement(i, nodes.get(i), measuredNodes);
    }
    out.put(']');
  }

  /** The nodes from {@code kept} on, after the saved state that covers everything before them. */
  private void resumeNodes(List<?> nodes) {
    out.resumeFrom(resume.mark(), resume.position());
    for (int i = resume.kept(); i < nodes.size(); i++) {
      writeElement(i, nodes.get(i), null);
    }
    out.put(']');
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

  /** Sorts keys {@code [0, count)} in String order, moving the values at {@code [n, n + count)} along. */
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
}
