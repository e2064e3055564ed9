package io.wiredchaos.notionwix.wix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a bulk request into chunks of at most {@code maxItems} elements whose summed size stays at or under
 * {@code maxBytes} (wix.md §2.4: 1000 items per call; the total request size is undocumented but 413 exists, and
 * Ricos bodies are large, so we chunk by bytes as well). An element larger than {@code maxBytes} on its own goes
 * alone in its chunk. Order is kept, and each chunk remembers where it starts in the whole list.
 */
public final class BulkChunks {

  /** Wix's documented per-call maximum (WDE0006 / WDE0069). */
  public static final int MAX_ITEMS = 1000;

  /** Our request-size ceiling: well under common gateway limits, and two full-size (500 KB) items fit. */
  public static final int MAX_BYTES = 4_000_000;

  /** One chunk: its elements and the index of its first element in the original list. */
  public record Chunk<T>(int offset, List<T> elements) {}

  private BulkChunks() {}

  public static <T> List<Chunk<T>> split(List<T> elements, int maxItems, int maxBytes, ToIntFunction<T> size) {
    if (maxItems < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("chunk limits must be positive");
    }
    List<Chunk<T>> chunks = new ArrayList<>();
    List<T> current = new ArrayList<>();
    int start = 0;
    long bytes = 0;
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      int elementBytes = size.applyAsInt(element);
      boolean full = current.size() >= maxItems || (!current.isEmpty() && bytes + elementBytes > maxBytes);
      if (full) {
        chunks.add(new Chunk<>(start, List.copyOf(current)));
        current = new ArrayList<>();
        start = i;
        bytes = 0;
      }
      current.add(element);
      bytes += elementBytes;
    }
    if (!current.isEmpty()) {
      chunks.add(new Chunk<>(start, List.copyOf(current)));
    }
    return chunks;
  }
}
