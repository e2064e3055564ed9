package io.wiredchaos.notionwix.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Splits id lists for {@code IN (…)} queries, which databases cap in length. */
final class Chunks {

  private Chunks() {}

  static <T> List<List<T>> of(List<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += size) {
      chunks.add(values.subList(from, Math.min(values.size(), from + size)));
    }
    return chunks;
  }

  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
