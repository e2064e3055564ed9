package io.wiredchaos.notionwix.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code Retry-After} promises one side has given, and whether a request breaks one. A promise runs from when
 * its 429 is sent. A request arriving before a promised time is a violation, with one exception, stragglers:
 * requests a concurrent client had already sent before the 429 reached it. At most {@value #STRAGGLERS} per pause
 * (a client's concurrency; one that ignores Retry-After sends far more), arriving within
 * {@value #STRAGGLER_MILLIS} ms after the last 429 was sent, or within {@value #SAME_CONNECTION_MILLIS} ms on a
 * connection a 429 was sent on (an HTTP library may hand that connection to another request as soon as it has
 * buffered the small 429 body, before the application has read it; later than that, the client knew). Each
 * violation is kept with its distances for the report.
 */
final class RetryAfterPromises {

  static final int STRAGGLERS = 8;
  static final long STRAGGLER_MILLIS = 1_000;
  static final long SAME_CONNECTION_MILLIS = 50;

  private final String side;
  private final AtomicReference<Instant> notBefore = new AtomicReference<>(Instant.MIN);
  private final AtomicReference<Instant> lastSent = new AtomicReference<>(Instant.MIN);
  /** Per connection (client address and port), the end of the last promise a 429 on it gave. */
  private final Map<String, Instant> promisedOn = new ConcurrentHashMap<>();
  private final AtomicInteger stragglers = new AtomicInteger();
  private final List<String> violations = new CopyOnWriteArrayList<>();

  RetryAfterPromises(String side) {
    this.side = side;
  }

  /** Whether a request arriving at {@code arrived} on {@code connection} breaks a promise (and records it if so). */
  boolean broken(Instant arrived, String connection) {
    return arrived.isBefore(notBefore.get()) && !straggler(arrived, connection);
  }

  /** A 429 sent at {@code sent} on {@code connection} asked the client to wait {@code seconds}. */
  void give(Instant sent, long seconds, String connection) {
    if (!sent.isBefore(notBefore.get())) {
      stragglers.set(0); // a new pause; while one is in force, its stragglers keep counting
    }
    lastSent.set(sent);
    promisedOn.put(connection, sent.plusSeconds(seconds));
    notBefore.accumulateAndGet(sent.plusSeconds(seconds), (a, b) -> a.isAfter(b) ? a : b);
  }

  /** The violations so far: when each arrived relative to the last 429 and to the promise, and why it counts. */
  List<String> violations() {
    return List.copyOf(violations);
  }

  private boolean straggler(Instant arrived, String connection) {
    long afterLast429 = Duration.between(lastSent.get(), arrived).toMillis();
    boolean toldHere = arrived.isBefore(promisedOn.getOrDefault(connection, Instant.MIN));
    long window = toldHere ? SAME_CONNECTION_MILLIS : STRAGGLER_MILLIS;
    boolean straggler = afterLast429 < window && stragglers.incrementAndGet() <= STRAGGLERS;
    if (!straggler) {
      violations.add(side + ": arrived " + afterLast429 + " ms after the last 429 was sent, "
          + Duration.between(arrived, notBefore.get()).toMillis() + " ms before its promise ended, "
          + (toldHere ? "on a connection a 429 had been sent on" : "elsewhere") + ", straggler no. "
          + stragglers.get());
    }
    return straggler;
  }
}
