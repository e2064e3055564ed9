package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before sending a failed request again (notion.md §2.1, §10; wix.md §4.3).
 *
 * <ul>
 *   <li>Retried: 429 (except Notion's {@code public_api_request_blocked}, typed {@link
 *       RemoteApiException.AccessBlocked}), 529, network failures and unusable bodies; 500/502/503/504 and 409
 *       only where the failure says it is retryable and the request is idempotent (a write that got a 503 may be
 *       committed already, notion.md §2.1). A write whose connection was refused before sending is safe.
 *   <li>Never retried: any other 4xx.
 *   <li>Delay: full jitter, {@code uniform(0, min(cap, base·2^retry))}, floored by the server's Retry-After, which is
 *       honoured in full even above the cap (Notion's workspace limit can ask for more than 60 s); the run deadline
 *       is what bounds it, in {@link RemoteCall}.
 * </ul>
 *
 * <p>The SDK's floor is 3 attempts with 1 s·2^n; we use 6 attempts, 1 s base and a 30 s cap, as the Notion docs'
 * sample does.
 */
public final class RetryPolicy {

  private final int maxAttempts;
  private final Duration base;
  private final Duration cap;
  private final RandomGenerator random;

  public RetryPolicy(int maxAttempts, Duration base, Duration cap, RandomGenerator random) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /** 6 attempts, 1 s base, 30 s cap. */
  public static RetryPolicy standard() {
    return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), RandomGenerator.getDefault());
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Whether {@code failure} of attempt number {@code attempt} (1-based) may be followed by another attempt. */
  public boolean shouldRetry(RemoteApiException failure, boolean idempotent, int attempt) {
    return attempt < maxAttempts && retryable(failure, idempotent);
  }

  /** Whether the failure is worth repeating at all, regardless of the attempt count. */
  public static boolean retryable(RemoteApiException failure, boolean idempotent) {
    return switch (failure) {
      case RemoteApiException.RateLimited r -> true;
      case RemoteApiException.ServiceUnavailable s -> idempotent || s.overloaded();
      case RemoteApiException.NetworkFailure n -> idempotent || !n.requestSent();
      case RemoteApiException.Conflict c -> idempotent && c.retryable();
      default -> false;
    };
  }

  /** The wait before retry number {@code retry} (1 for the first retry): jittered backoff, floored by Retry-After. */
  public Duration delay(RemoteApiException failure, int retry) {
    Duration backoff = backoff(retry);
    Duration serverWait = failure.retryAfter().orElse(Duration.ZERO);
    return serverWait.compareTo(backoff) > 0 ? serverWait : backoff;
  }

  /** Full jitter: uniform in {@code [0, min(cap, base·2^(retry-1))]}. */
  public Duration backoff(int retry) {
    long ceiling = ceiling(retry).toNanos();
    double fraction;
    synchronized (random) {
      fraction = random.nextDouble();
    }
    return Duration.ofNanos((long) (ceiling * fraction));
  }

  /** The upper bound of {@link #backoff(int)}: {@code min(cap, base·2^(retry-1))}. */
  public Duration ceiling(int retry) {
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    Duration grown = base.multipliedBy(1L << shift);
    return grown.compareTo(cap) > 0 ? cap : grown;
  }
}
