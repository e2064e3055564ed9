package io.wiredchaos.notionwix.remote;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs every request of one api through the shared {@link RateBudget}, the {@link RetryPolicy} and the deadline,
 * and counts what happened. Both clients send everything through here, so there is one retry loop per account,
 * never one per worker (notion.md §2.1).
 *
 * <p>An attempt maps its own HTTP outcome to a {@link RemoteApiException} (vendor error shapes differ); this class
 * decides whether to wait and try again. A 429 with Retry-After pauses the whole budget, so all threads hold off.
 * A failure that is not retryable, or the last attempt's failure, is thrown as is; when the next wait would pass
 * the deadline, {@link RemoteApiException.DeadlineExceeded} is thrown with the last failure as its cause.
 */
public final class RemoteCall implements SendGuard {

  /**
   * Thrown by {@link #beforeSend()} when a pause began after this attempt took its permit: the request was not sent,
   * so it gives the permit back and waits for the pause like everyone else (it is not a failed attempt).
   */
  public static final class SendPostponed extends RuntimeException {
    SendPostponed() {
      super("a Retry-After pause began before this request was sent", null, false, false);
    }
  }

  /**
   * Called by the HTTP layer at the last moment before a request goes out: a thread that took its permit just before
   * another thread's 429 set a pause must not send into that pause. Throws {@link SendPostponed} during a pause.
   */
  @Override
  public void beforeSend() {
    if (budget.pausedUntil().isAfter(clock.instant())) {
      throw new SendPostponed();
    }
  }

  /** A 429 with Retry-After pauses the budget at once; {@link #execute} sets the same pause again when it sees it. */
  @Override
  public void answered(int status, String retryAfter) {
    if (status == 429) {
      Instant now = clock.instant();
      Duration wait = RetryAfter.parse(retryAfter, now);
      if (wait != null) {
        budget.pauseUntil(now.plus(wait));
      }
    }
  }

  /** One attempt at a request: send it and map the outcome. */
  @FunctionalInterface
  public interface Attempt<T> {
    T send();
  }

  private final Api api;
  private final RateBudget budget;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<Integer, LongAdder> attempts = new ConcurrentHashMap<>();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final AtomicLong backoffNanos = new AtomicLong();
  private volatile Instant deadline = Instant.MAX;

  public RemoteCall(Api api, RateBudget budget, RetryPolicy policy, Clock clock, Sleeper sleeper) {
    this.api = api;
    this.budget = budget;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Sets the run's deadline: no wait may end after it. {@link Instant#MAX} (the default) means none. */
  public void deadline(Instant deadline) {
    this.deadline = deadline;
  }

  public Instant deadline() {
    return deadline;
  }

  public Api api() {
    return api;
  }

  public RateBudget budget() {
    return budget;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Sends {@code attempt} until it succeeds, fails for good, or the deadline would pass.
   *
   * @param operation short name for messages ({@code "query data source"})
   * @param idempotent whether repeating the request after an ambiguous failure is harmless (reads, upserts)
   */
  public <T> T execute(String operation, boolean idempotent, Attempt<T> attempt) {
    for (int number = 1; ; number++) {
      if (Thread.currentThread().isInterrupted()) {
        // cancelled (shutdown, or a sibling failed): an interrupted HTTP send looks like an I/O error, don't retry it
        throw new RemoteApiException.Interrupted(new InterruptedException(operation + " cancelled"));
      }
      if (budget.pausedUntil().isAfter(deadline)) {
        throw new RemoteApiException.DeadlineExceeded(
            api, operation + ": the service asked to pause past the run deadline", null);
      }
      Instant permit = budget.acquire();
      RemoteApiException failure;
      try {
        T result = attempt.send();
        count(200);
        return result;
      } catch (SendPostponed e) {
        budget.refund(permit);
        number--;
        continue;
      } catch (RemoteApiException e) {
        failure = e;
      } catch (UncheckedIOException e) {
        failure = new RemoteApiException.NetworkFailure(api, 0, true, operation + ": " + e.getMessage(), e);
      }
      count(failure.status());
      if (failure instanceof RemoteApiException.RateLimited) {
        budget.refund(permit); // refused, not served: the permit goes back (RateBudget)
      }
      onFailure(failure);
      if (!policy.shouldRetry(failure, idempotent, number)) {
        throw failure;
      }
      Duration wait = policy.backoff(number);
      Instant now = clock.instant();
      Instant resume = failure.retryAfter().map(now::plus).filter(at -> at.isAfter(now.plus(wait))).orElse(now.plus(wait));
      if (resume.isAfter(deadline)) {
        throw new RemoteApiException.DeadlineExceeded(
            api, operation + ": giving up after " + number + " attempts, the next retry would pass the run deadline"
            + " (last answer: " + failure.getMessage() + ")", failure);
      }
      retries.increment();
      backoffNanos.addAndGet(wait.toNanos());
      budget.wallWait().add(now, wait);
      sleeper.sleep(wait);
    }
  }

  /** A snapshot of the counters since construction. */
  public RemoteStats stats() {
    Map<Integer, Long> byStatus = new TreeMap<>();
    attempts.forEach((status, count) -> byStatus.put(status, count.sum()));
    return new RemoteStats(
        api, byStatus, rateLimited.sum(), retries.sum(), budget.waited(), Duration.ofNanos(backoffNanos.get()),
        budget.wallWait().total());
  }

  private void onFailure(RemoteApiException failure) {
    if (failure instanceof RemoteApiException.RateLimited) {
      rateLimited.increment();
    }
    // The server counts the account, not this thread: close the whole budget until the requested time.
    failure.retryAfter().ifPresent(wait -> budget.pauseUntil(clock.instant().plus(wait)));
  }

  private void count(int status) {
    attempts.computeIfAbsent(status, s -> new LongAdder()).increment();
  }
}
