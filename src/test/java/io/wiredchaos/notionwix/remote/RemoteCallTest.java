package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RemoteCallTest {

  private final ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
  private final ManualSleeper sleeper = new ManualSleeper(clock);
  private final Instant start = clock.instant();
  private final RateBudget budget = RateBudget.notion(3, clock, sleeper);
  private final RemoteCall call = new RemoteCall(Api.NOTION, budget,
      new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(7)), clock, sleeper);

  private static RemoteApiException unavailable(int status) {
    return new RemoteApiException.ServiceUnavailable(new ErrorDetail(Api.NOTION, status, "x", "r", null), "down");
  }

  private static RemoteApiException rateLimited(long seconds) {
    return new RemoteApiException.RateLimited(
        new ErrorDetail(Api.NOTION, 429, "rate_limited", "r", Duration.ofSeconds(seconds)), "slow down");
  }

  @Test
  void serverErrorsAreRetriedThenSucceed() {
    AtomicInteger attempts = new AtomicInteger();
    String result = call.execute("read", true, () -> {
      if (attempts.incrementAndGet() <= 2) {
        throw unavailable(503);
      }
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    RemoteStats stats = call.stats();
    assertThat(stats.retries()).isEqualTo(2);
    assertThat(stats.attemptsByStatus()).containsEntry(503, 2L).containsEntry(200, 1L);
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(sleeper.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(sleeper.sleeps().get(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterIsObeyedEvenAboveSixtySeconds() {
    List<Instant> sends = new CopyOnWriteArrayList<>();
    String result = call.execute("read", true, () -> {
      sends.add(clock.instant());
      if (sends.size() == 1) {
        throw rateLimited(90);
      }
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    assertThat(sends.get(1)).isAfterOrEqualTo(start.plusSeconds(90));
    assertThat(call.stats().rateLimited()).isEqualTo(1);
    assertThat(budget.pausedUntil()).isEqualTo(start.plusSeconds(90));
  }

  @Test
  void aRefusedRequestDoesNotSpendTheBudget() {
    RateBudget two = new RateBudget("two", List.of(new RateBudget.Limit(2, Duration.ofMinutes(1))), clock, sleeper);
    RemoteCall tight = new RemoteCall(Api.NOTION, two,
        new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(30), new SplittableRandom(7)), clock, sleeper);
    AtomicInteger attempts = new AtomicInteger();
    tight.execute("read", true, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw rateLimited(2);
      }
      return "ok";
    });
    Instant afterRetry = clock.instant();
    tight.execute("read", true, () -> "ok"); // the second of two permits: the 429 did not use one up
    assertThat(clock.instant()).isEqualTo(afterRetry);
    assertThat(afterRetry).isEqualTo(start.plusSeconds(2));
  }

  @Test
  void aRequestWhosePermitPredatesAPauseIsNotSentIntoIt() {
    AtomicInteger sent = new AtomicInteger();
    String result = call.execute("read", true, () -> {
      if (sent.get() == 0) {
        budget.pauseUntil(start.plusSeconds(5)); // another thread's 429 lands after this permit was taken
      }
      call.beforeSend(); // what the HTTP layer does right before sending
      sent.incrementAndGet();
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    assertThat(sent.get()).as("sent once, after the pause").isEqualTo(1);
    assertThat(clock.instant()).isAfterOrEqualTo(start.plusSeconds(5));
    assertThat(call.stats().attemptsByStatus()).containsOnlyKeys(200);
    assertThat(call.stats().retries()).isZero();
  }

  @Test
  void a429IsHeededAsSoonAsItsHeadersArriveBeforeItsBodyIsRead() {
    call.answered(200, "30");
    assertThat(budget.pausedUntil()).as("only a 429 pauses").isEqualTo(Instant.MIN);
    call.answered(429, "3");
    assertThat(budget.pausedUntil()).isEqualTo(start.plusSeconds(3));
  }

  @Test
  void retryAfterPausesOtherThreadsToo() throws Exception {
    CountDownLatch limited = new CountDownLatch(1);
    List<Instant> otherSends = new CopyOnWriteArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      executor.submit(() -> {
        AtomicInteger n = new AtomicInteger();
        return call.execute("first", true, () -> {
          if (n.incrementAndGet() == 1) {
            limited.countDown();
            throw rateLimited(30);
          }
          return "ok";
        });
      });
      assertThat(limited.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 4; i++) {
        executor.submit(() -> call.execute("other", true, () -> otherSends.add(clock.instant())));
      }
    }
    assertThat(otherSends).hasSize(4).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(start.plusSeconds(30)));
  }

  @Test
  void clientErrorsAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    RemoteApiException notFound = new RemoteApiException.NotFound(
        new ErrorDetail(Api.NOTION, 404, "object_not_found", "r", null), FailureKind.DATA, "gone");
    assertThatThrownBy(() -> call.execute("read", true, () -> {
      attempts.incrementAndGet();
      throw notFound;
    })).isSameAs(notFound);
    assertThat(attempts).hasValue(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void writesAreNotRepeatedAfterAnAmbiguousServerErrorButAreAfterOverload() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> call.execute("create", false, () -> {
      attempts.incrementAndGet();
      throw unavailable(500);
    })).isInstanceOf(RemoteApiException.ServiceUnavailable.class);
    assertThat(attempts).hasValue(1);

    AtomicInteger overloaded = new AtomicInteger();
    assertThat(call.execute("create", false, () -> {
      if (overloaded.incrementAndGet() == 1) {
        throw unavailable(529);
      }
      return "created";
    })).isEqualTo("created");
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> call.execute("read", true, () -> {
      attempts.incrementAndGet();
      throw unavailable(502);
    })).isInstanceOf(RemoteApiException.ServiceUnavailable.class)
        .extracting(e -> ((RemoteApiException) e).kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(attempts).hasValue(6);
    assertThat(call.stats().retries()).isEqualTo(5);
  }

  @Test
  void deadlineStopsAWaitThatWouldPassIt() {
    call.deadline(start.plusSeconds(10));
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> call.execute("read", true, () -> {
      attempts.incrementAndGet();
      throw rateLimited(30);
    })).isInstanceOf(RemoteApiException.DeadlineExceeded.class)
        .hasCauseInstanceOf(RemoteApiException.RateLimited.class)
        .satisfies(e -> assertThat(((RemoteApiException) e).status()).isEqualTo(429));
    assertThat(attempts).hasValue(1);
    assertThat(clock.instant()).isEqualTo(start);
    // the pause still stands for everyone, and the next call fails fast instead of waiting past the deadline
    assertThatThrownBy(() -> call.execute("read", true, () -> "never"))
        .isInstanceOf(RemoteApiException.DeadlineExceeded.class);
  }

  @Test
  void ioErrorsBecomeRetryableNetworkFailures() {
    AtomicInteger attempts = new AtomicInteger();
    String result = call.execute("read", true, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new UncheckedIOException(new IOException("connection reset"));
      }
      return "ok";
    });
    assertThat(result).isEqualTo("ok");
    assertThat(call.stats().attemptsByStatus()).containsEntry(0, 1L);
  }
}
