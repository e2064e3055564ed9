package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What every API request passes before it is answered: the request budget, injected faults, the bookkeeping of
 * {@code Retry-After} promises, and latency. Everything is decided when the request <em>arrives</em>, as a server
 * does: whether it violates a promise, whether a fault hits it, and whether the budget admits it (a refused request
 * is not counted). The simulated latency comes after, as the time to answer, so a client's send times and the
 * server's counts differ only by the trip there, not by the whole latency and its jitter.
 *
 * <p>A 429's promise runs from when the 429 is sent (after the latency); {@link RetryAfterPromises} judges which
 * requests break one. Only a side that sends {@code Retry-After} (Notion) keeps promises.
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
  /** Null for a side that sends no {@code Retry-After} (Wix). */
  private final RetryAfterPromises promises;

  Gate(String side, WindowBudget budget, Faults faults, Clock clock, SandboxOptions options,
      boolean promisesRetryAfter) {
    this.side = side;
    this.budget = budget;
    this.faults = faults;
    this.clock = clock;
    this.options = options;
    this.promises = promisesRetryAfter ? new RetryAfterPromises(side) : null;
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
    boolean violation = promises != null && promises.broken(arrived, connection);
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

  /** The violations so far, with their distances (empty for a side that keeps no promises). */
  List<String> violations() {
    return promises == null ? List.of() : promises.violations();
  }

  private void promise(Instant sent, long seconds, String connection) {
    if (promises != null) {
      promises.give(sent, seconds, connection);
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
