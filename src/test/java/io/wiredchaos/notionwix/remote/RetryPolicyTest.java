package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(42));

  static ErrorDetail detail(int status, String code, Duration retryAfter) {
    return new ErrorDetail(Api.NOTION, status, code, "req-1", retryAfter);
  }

  @Test
  void backoffCeilingDoublesUpToTheCap() {
    assertThat(policy.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.ceiling(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(policy.ceiling(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.ceiling(40)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void fullJitterStaysWithinTheCeilingAndIsDeterministicForASeed() {
    RetryPolicy twin = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(42));
    for (int retry = 1; retry <= 10; retry++) {
      Duration wait = policy.backoff(retry);
      assertThat(wait).isBetween(Duration.ZERO, policy.ceiling(retry));
      assertThat(twin.backoff(retry)).isEqualTo(wait);
    }
  }

  @Test
  void jitterSpreadsWaitsAcrossTheRange() {
    long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> policy.backoff(6)).distinct().count();
    assertThat(distinct).isGreaterThan(40);
  }

  @Test
  void retryAfterFloorsTheDelayEvenAboveTheCap() {
    var limited = new RemoteApiException.RateLimited(detail(429, "rate_limited", Duration.ofSeconds(120)), "slow");
    assertThat(policy.delay(limited, 1)).isEqualTo(Duration.ofSeconds(120));
    var noHint = new RemoteApiException.RateLimited(detail(429, "WDE0014", null), "slow");
    assertThat(policy.delay(noHint, 3)).isLessThanOrEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void retriesOnlyWhatCanSucceedLater() {
    var rateLimited = new RemoteApiException.RateLimited(detail(429, "rate_limited", null), "m");
    var unavailable = new RemoteApiException.ServiceUnavailable(detail(503, "service_unavailable", null), "m");
    var overloaded = new RemoteApiException.ServiceUnavailable(detail(529, "service_overload", null), "m");
    var refused = new RemoteApiException.NetworkFailure(Api.NOTION, 0, false, "refused", null);
    var reset = new RemoteApiException.NetworkFailure(Api.NOTION, 0, true, "reset", null);
    var invalid = new RemoteApiException.InvalidRequest(detail(400, "validation_error", null), FailureKind.DATA, "m");
    var notFound = new RemoteApiException.NotFound(detail(404, "object_not_found", null), FailureKind.DATA, "m");
    var unauthorized = new RemoteApiException.Unauthorized(detail(401, "unauthorized", null), "m");
    var blocked = new RemoteApiException.AccessBlocked(detail(429, "rate_limited", null), "m");
    var conflict = new RemoteApiException.Conflict(detail(409, "conflict_error", null), FailureKind.TRANSIENT, true, "m");

    assertThat(RetryPolicy.retryable(rateLimited, false)).isTrue();
    assertThat(RetryPolicy.retryable(unavailable, true)).isTrue();
    assertThat(RetryPolicy.retryable(unavailable, false)).isFalse();
    assertThat(RetryPolicy.retryable(overloaded, false)).isTrue();
    assertThat(RetryPolicy.retryable(refused, false)).isTrue();
    assertThat(RetryPolicy.retryable(reset, false)).isFalse();
    assertThat(RetryPolicy.retryable(reset, true)).isTrue();
    assertThat(RetryPolicy.retryable(conflict, true)).isTrue();
    assertThat(RetryPolicy.retryable(conflict, false)).isFalse();
    assertThat(RetryPolicy.retryable(invalid, true)).isFalse();
    assertThat(RetryPolicy.retryable(notFound, true)).isFalse();
    assertThat(RetryPolicy.retryable(unauthorized, true)).isFalse();
    assertThat(RetryPolicy.retryable(blocked, true)).isFalse();
    assertThat(policy.shouldRetry(rateLimited, true, 5)).isTrue();
    assertThat(policy.shouldRetry(rateLimited, true, 6)).isFalse();
  }
}
