package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every API request passes before it is answered: the request budget, injected faults, the bookkeeping of
 * {@code Retry-After} promises, and latency. Everything is decided when the request <em>arrives</em>, as a server
 * does: whether it violates a promise, whether a fault hits it, and whether the budget admits it (a refused request
 * is not counted). The simulated latency comes after, as the time to answer, so a client's send times and the
 * server's counts differ only by the trip there, not by the whole latency and its jitter.
 *
 * <p>A 429's promise runs from when the 429 is sent (after the latency). A request arriving before a promised time
 * is a violation, with one exception, stragglers: requests a concurrent client had already sent before the 429
 * reached it. At most {@value #STRAGGLERS} per pause (a client's concurrency; one that ignores Retry-After sends
 * far more), arriving within {@value #STRAGGLER_MILLIS} ms after the last 429 was sent, or within
 * {@value #SAME_CONNECTION_MILLIS} ms on a connection a 429 was sent on (an HTTP library may hand that connection
 * to another request as soon as it has buffered the small 429 body, before the application has read it; later than
 * that, the client knew). Each violation is kept with its distances for the report ({@link #violations()}).
 */
final class Gate {

  /**
   * The outcome for one request: 0 to proceed, or the status it must be failed with; {@code answered} when the gate
   * has already sent a (broken) answer itself and the handler must do nothing more.
   */
  record Verdict(int status, long retryAfterSeconds, boolean violation, boolean answered) {
    Verdict(int status, long retryAfterSeconds, boolean violation) {
      this(status, retryAfterSeconds, violation, false);
    }
  }

  private final String side;
  private volatile WindowBudget budget;
  private final Faults faults;
  private final Clock clock;
  private volatile SandboxOptions options;
  private final boolean promisesRetryAfter;
  static final int STRAGGLERS = 8;
  static final long STRAGGLER_MILLIS = 1_000;
  static final long SAME_CONNECTION_MILLIS = 50;
  private final AtomicReference<Instant> retryNotBefore = new AtomicReference<>(Instant.MIN);
  private final AtomicReference<Instant> lastPromise = new AtomicReference<>(Instant.MIN);
  /** Per connection (client address and port), the end of the last promise a 429 on it gave. */
  private final java.util.Map<String, Instant> promisedOn = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger stragglers = new java.util.concurrent.atomic.AtomicInteger();
  private final List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

  Gate(String side, WindowBudget budget, Faults faults, Clock clock, SandboxOptions options,
      boolean promisesRetryAfter) {
    this.side = side;
    this.budget = budget;
    this.faults = faults;
    this.clock = clock;
    this.options = options;
    this.promisesRetryAfter = promisesRetryAfter;
  }

  /** New limits and latency from now on (a fresh window); faults and Retry-After promises carry over. */
  void pace(WindowBudget budget, SandboxOptions options) {
    this.budget = budget;
    this.options = options;
  }

  Verdict admit(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Instant arrived = clock.instant();
    String connection = String.valueOf(exchange.getRemoteAddress());
    boolean violation = promisesRetryAfter && arrived.isBefore(retryNotBefore.get())
        && !straggler(arrived, connection);
    int fault = faults.next(side, path);
    long wait = fault == 0 ? budget.tryTake(arrived) : 0;
    delay(path);
    Instant answered = clock.instant();
    if (fault == 429) {
      promise(answered, options.retryAfterSeconds(), connection);
      return new Verdict(429, options.retryAfterSeconds(), violation);
    }
    if (fault < 0) {
      Misbehaviours.answer(exchange, Faults.Misbehaviour.of(fault));
      return new Verdict(200, 0, violation, true);
    }
    if (fault != 0) {
      return new Verdict(fault, 0, violation);
    }
    if (wait > 0) {
      promise(answered, wait, connection);
      return new Verdict(429, wait, violation);
    }
    return new Verdict(0, 0, violation);
  }

  /** How one side answers the gate's refusals, in its own error shape. */
  interface Refusals {
    void rateLimited(HttpExchange exchange, long retryAfterSeconds) throws IOException;

    void fault(HttpExchange exchange, int status) throws IOException;
  }

  /**
   * Answers {@code verdict} if it refuses the request (a 429, an injected error, or a misbehaviour the gate has
   * already sent); returns the status answered, or 0 when the request goes on to its route.
   */
  static int refuse(Verdict verdict, HttpExchange exchange, Refusals refusals) throws IOException {
    if (verdict.answered()) {
      return verdict.status();
    }
    if (verdict.status() == 429) {
      refusals.rateLimited(exchange, verdict.retryAfterSeconds());
    } else if (verdict.status() != 0) {
      refusals.fault(exchange, verdict.status());
    }
    return verdict.status();
  }

  /** The violations so far: when each arrived relative to the last 429 and to the promise, and why it counts. */
  List<String> violations() {
    return List.copyOf(violations);
  }

  private boolean straggler(Instant arrived, String connection) {
    long afterPromise = java.time.Duration.between(lastPromise.get(), arrived).toMillis();
    boolean toldHere = arrived.isBefore(promisedOn.getOrDefault(connection, Instant.MIN));
    long window = toldHere ? SAME_CONNECTION_MILLIS : STRAGGLER_MILLIS;
    boolean straggler = afterPromise < window && stragglers.incrementAndGet() <= STRAGGLERS;
    if (!straggler) {
      violations.add(side + ": arrived " + afterPromise + " ms after the last 429 was sent, "
          + java.time.Duration.between(arrived, retryNotBefore.get()).toMillis() + " ms before its promise ended, "
          + (toldHere ? "on a connection a 429 had been sent on" : "elsewhere") + ", straggler no. "
          + stragglers.get());
    }
    return straggler;
  }

  private void promise(Instant now, long seconds, String connection) {
    if (promisesRetryAfter) {
      if (!now.isBefore(retryNotBefore.get())) {
        stragglers.set(0); // a new pause; while one is in force, its stragglers keep counting
      }
      lastPromise.set(now);
      promisedOn.put(connection, now.plusSeconds(seconds));
      retryNotBefore.accumulateAndGet(now.plusSeconds(seconds), (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  private void delay(String path) {
    long millis = options.latency().toMillis() + faults.jitterMillis(options.jitter().toMillis())
        + faults.extraDelay(side, path).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
