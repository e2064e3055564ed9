package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.time.Instant;

/**
 * Wall-clock time during which at least one thread was waiting (for the rate budget, a server's pause or a
 * retry backoff): the union of the waiting intervals, not their sum. Eight workers held by one 10 s Retry-After
 * pause add 10 s here, where a sum over threads says 80 s, more than the run lasted.
 *
 * <p>Intervals are taken as they start, in clock order, so the union is kept as one running end: a wait inside the
 * covered span adds nothing, one reaching past it adds only the part beyond.
 */
public final class WallWait {

  private Instant coveredUntil = Instant.MIN;
  private long nanos;

  /** Records a wait of {@code wait} beginning at {@code start}. */
  public synchronized void add(Instant start, Duration wait) {
    Instant end = start.plus(wait);
    if (!end.isAfter(coveredUntil)) {
      return;
    }
    Instant from = start.isAfter(coveredUntil) ? start : coveredUntil;
    nanos += Duration.between(from, end).toNanos();
    coveredUntil = end;
  }

  /** The total so far. */
  public synchronized Duration total() {
    return Duration.ofNanos(nanos);
  }
}
