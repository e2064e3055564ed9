package io.wiredchaos.notionwix.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every request a side answered, for tests and benchmarks: what was asked, what was answered, and when. */
public final class RequestLog {

  /**
   * One request.
   *
   * @param retryAfterViolation true when the client sent it before a {@code Retry-After} it had been given passed
   */
  public record Entry(String side, String method, String path, int status, Instant at, int items,
      boolean retryAfterViolation) {}

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(Entry entry) {
    entries.add(entry);
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized List<Entry> side(String side) {
    return entries.stream().filter(e -> e.side().equals(side)).toList();
  }

  public synchronized long count(String side, String method, String pathPrefix) {
    return entries.stream().filter(e -> e.side().equals(side) && e.method().equals(method)
        && e.path().startsWith(pathPrefix)).count();
  }

  public synchronized long violations() {
    return entries.stream().filter(Entry::retryAfterViolation).count();
  }

  public synchronized void clear() {
    entries.clear();
  }
}
