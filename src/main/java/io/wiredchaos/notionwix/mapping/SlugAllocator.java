package io.wiredchaos.notionwix.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique slugs for a whole collection. Pages wanting the same slug are ordered by creation time (then id, for
 * equal times: Notion rounds to the minute, notion.md §7); the oldest keeps the slug, the next get
 * {@code -2}, {@code -3}… A suffixed slug that is itself wanted by another page moves on to the next free
 * number. Stable: the result depends only on the set of candidates, not on their order.
 */
public final class SlugAllocator {

  /** A page's wish. */
  public record Candidate(String pageId, Instant createdTime, String slug) {}

  private SlugAllocator() {}

  /** Page id → unique slug, for every candidate; an empty wish becomes {@code "page"}. */
  public static Map<String, String> allocate(List<Candidate> candidates) {
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparing((Candidate c) -> c.createdTime() == null ? Instant.MAX : c.createdTime())
        .thenComparing(Candidate::pageId));
    Set<String> wanted = new HashSet<>();
    ordered.forEach(c -> wanted.add(base(c)));
    Set<String> taken = new HashSet<>();
    Map<String, String> out = new LinkedHashMap<>();
    List<Candidate> clashing = new ArrayList<>();
    for (Candidate c : ordered) {
      if (taken.add(base(c))) {
        out.put(c.pageId(), base(c));
      } else {
        clashing.add(c);
      }
    }
    for (Candidate c : clashing) {
      String slug;
      int n = 2;
      do {
        slug = base(c) + "-" + n++;
      } while (wanted.contains(slug) || !taken.add(slug));
      out.put(c.pageId(), slug);
    }
    return out;
  }

  private static String base(Candidate c) {
    return c.slug() == null || c.slug().isBlank() ? "page" : c.slug();
  }
}
