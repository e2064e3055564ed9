package io.wiredchaos.notionwix.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A sliding-window request budget: at most {@code limit} requests in any {@code window}, so the whole budget may
 * be spent in one burst (notion.md §2.1: 180 per 60 s; wix.md §4.3: 200 per minute).
 */
final class WindowBudget {

  private final int limit;
  private final Duration window;
  private final ArrayDeque<Instant> sent = new ArrayDeque<>();

  WindowBudget(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Counts the request and returns 0, or returns the seconds until one would be allowed (not counted). */
  synchronized long tryTake(Instant now) {
    while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(window))) {
      sent.pollFirst();
    }
    if (sent.size() < limit) {
      sent.addLast(now);
      return 0;
    }
    long wait = Duration.between(now, sent.peekFirst().plus(window)).toMillis();
    return Math.max(1, (wait + 999) / 1000);
  }
}
