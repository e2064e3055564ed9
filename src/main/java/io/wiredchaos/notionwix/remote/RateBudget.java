package io.wiredchaos.notionwix.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request budget of one account, shared by every thread that calls it (notion.md §2.1, wix.md §4.3).
 *
 * <p>Each {@link Limit} allows at most {@code permits} requests in any sliding interval of {@code per}. A single
 * limit of 180 per 60 s is "3/s on average, and the whole minute may be spent in one burst", exactly what Notion
 * grants per connection; adding a second, shorter limit smooths bursts. Because the window slides, a client that
 * keeps to it also keeps to the server's fixed windows.
 *
 * <p>{@link #pauseUntil(Instant)} closes the budget for everyone: after a 429 with Retry-After no thread sends
 * anything before that instant, because the server counts the whole account, not one worker.
 *
 * <p>Permits are not reserved ahead: a thread that has to wait sleeps and then competes again, so a pause set
 * meanwhile is always respected.
 *
 * <p>The factories widen each window by {@link #ARRIVAL_SLACK}: the server counts a request when it arrives, the
 * client when it sends, and latency varies from one request to the next, so a request sent the instant a slot frees
 * on the client's clock can arrive while the server's window is still full. A 429 costs a whole-second pause for
 * every thread; the slack costs 0.4 % of the rate.
 *
 * <p>A request the server refused with 429 gives its permit back ({@link #refund}): it was not served, and the
 * sandbox, like common limiters, does not count refusals. If a server did count them, the refund would cost at most
 * one more 429 per refusal within a window, each honoured by the pause, never a violation (docs/decisions).
 */
public final class RateBudget {

  /** Added to each factory window: the spread of latency between two requests that the server may see. */
  public static final Duration ARRIVAL_SLACK = Duration.ofMillis(250);

  /** At most {@code permits} requests in any interval of length {@code per}. */
  public record Limit(int permits, Duration per) {
    public Limit {
      if (permits < 1 || per.isNegative() || per.isZero()) {
        throw new IllegalArgumentException("a limit needs at least one permit over a positive interval");
      }
    }
  }

  private final String name;
  private final List<SlidingLog> logs;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong waitedNanos = new AtomicLong();
  private final WallWait wallWait = new WallWait();
  private volatile Instant pausedUntil = Instant.MIN;

  public RateBudget(String name, List<Limit> limits, Clock clock, Sleeper sleeper) {
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("a budget needs at least one limit");
    }
    this.name = name;
    this.logs = limits.stream().map(SlidingLog::new).toList();
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Notion's per-connection budget: {@code requestsPerSecond × 60} per minute, spendable in one burst. */
  public static RateBudget notion(double requestsPerSecond, Clock clock, Sleeper sleeper) {
    int perMinute = Math.max(1, (int) Math.floor(requestsPerSecond * 60));
    return new RateBudget("notion", List.of(new Limit(perMinute, Duration.ofMinutes(1).plus(ARRIVAL_SLACK))), clock,
        sleeper);
  }

  /** Wix's budget: {@code requestsPerMinute} per sliding minute (wix.md §4.3: 200/min per instance). */
  public static RateBudget wix(int requestsPerMinute, Clock clock, Sleeper sleeper) {
    return new RateBudget("wix", List.of(new Limit(requestsPerMinute, Duration.ofMinutes(1).plus(ARRIVAL_SLACK))),
        clock, sleeper);
  }

  /**
   * Blocks until one request may be sent, then counts it. Waiting is added to {@link #waited()}.
   *
   * @return the permit's time, to {@link #refund} if the server refuses the request
   */
  public Instant acquire() {
    while (true) {
      Duration wait;
      lock.lock();
      try {
        Instant now = clock.instant();
        Instant allowed = earliestSend(now);
        if (!allowed.isAfter(now)) {
          logs.forEach(log -> log.record(now));
          return now;
        }
        wait = Duration.between(now, allowed);
      } finally {
        lock.unlock();
      }
      waitedNanos.addAndGet(wait.toNanos());
      wallWait.add(clock.instant(), wait);
      sleeper.sleep(wait);
    }
  }

  /** Gives back the permit taken at {@code sentAt} (a request the server refused without serving it). */
  public void refund(Instant sentAt) {
    lock.lock();
    try {
      logs.forEach(log -> log.remove(sentAt));
    } finally {
      lock.unlock();
    }
  }

  /** No request on this budget is sent before {@code until} (a later pause wins; an earlier one is ignored). */
  public void pauseUntil(Instant until) {
    lock.lock();
    try {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The instant before which nothing is sent because of a server-requested pause ({@link Instant#MIN} if none). */
  public Instant pausedUntil() {
    return pausedUntil;
  }

  /** Wall-clock time some thread of this budget was waiting (budget, pauses, and the backoffs recorded here). */
  public WallWait wallWait() {
    return wallWait;
  }

  /** Total time threads have waited for this budget, summed over threads. */
  public Duration waited() {
    return Duration.ofNanos(waitedNanos.get());
  }

  public String name() {
    return name;
  }

  private Instant earliestSend(Instant now) {
    Instant earliest = pausedUntil.isAfter(now) ? pausedUntil : now;
    for (SlidingLog log : logs) {
      Instant free = log.nextFree();
      if (free.isAfter(earliest)) {
        earliest = free;
      }
    }
    return earliest;
  }

  /** The send times of one limit still inside its window, oldest first; guarded by the budget's lock. */
  private static final class SlidingLog {
    private final ArrayDeque<Instant> sent;
    private final int permits;
    private final Duration per;

    SlidingLog(Limit limit) {
      this.sent = new ArrayDeque<>(limit.permits());
      this.permits = limit.permits();
      this.per = limit.per();
    }

    /** When the oldest of the last {@code permits} sends leaves the window (MIN while fewer were sent). */
    Instant nextFree() {
      return sent.size() < permits ? Instant.MIN : sent.peekFirst().plus(per);
    }

    void record(Instant at) {
      if (sent.size() == permits) {
        sent.pollFirst(); // only recorded once it had left the window (nextFree), so it no longer counts
      }
      sent.addLast(at);
    }

    void remove(Instant at) {
      sent.removeLastOccurrence(at);
    }
  }
}
