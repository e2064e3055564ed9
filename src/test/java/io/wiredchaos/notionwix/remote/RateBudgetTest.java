package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class RateBudgetTest {

  private final ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
  private final ManualSleeper sleeper = new ManualSleeper(clock);
  private final Instant start = clock.instant();

  @Test
  void notionBudgetAllowsTheWholeMinuteAsOneBurstThenWaitsForTheWindow() {
    RateBudget budget = RateBudget.notion(3, clock, sleeper);
    for (int i = 0; i < 180; i++) {
      budget.acquire();
    }
    assertThat(clock.instant()).isEqualTo(start);
    budget.acquire();
    Duration window = Duration.ofSeconds(60).plus(RateBudget.ARRIVAL_SLACK);
    assertThat(clock.instant()).isEqualTo(start.plus(window));
    assertThat(budget.waited()).isEqualTo(window);
  }

  @Test
  void aRefusedRequestGivesItsPermitBack() {
    RateBudget budget = RateBudget.notion(3, clock, sleeper);
    Instant refused = null;
    for (int i = 0; i < 180; i++) {
      Instant permit = budget.acquire();
      if (i == 90) {
        refused = permit;
      }
    }
    budget.refund(refused);
    budget.acquire(); // the refunded slot: no wait
    assertThat(clock.instant()).isEqualTo(start);
    budget.acquire(); // the window is full again
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(60).plus(RateBudget.ARRIVAL_SLACK));
  }

  @Test
  void averageRateHoldsOverManyWindows() {
    RateBudget budget = RateBudget.wix(200, clock, sleeper);
    for (int i = 0; i < 1000; i++) {
      budget.acquire();
    }
    // 1000 requests at 200 per sliding minute (+ slack): the last batch starts after 4 full windows.
    assertThat(Duration.between(start, clock.instant()))
        .isEqualTo(Duration.ofMinutes(4).plus(RateBudget.ARRIVAL_SLACK.multipliedBy(4)));
  }

  @Test
  void aShortLimitSmoothsBursts() {
    RateBudget budget = new RateBudget("smooth",
        List.of(new RateBudget.Limit(3, Duration.ofSeconds(1)), new RateBudget.Limit(180, Duration.ofMinutes(1))),
        clock, sleeper);
    List<Instant> sends = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      budget.acquire();
      sends.add(clock.instant());
    }
    assertThat(sends.getLast()).isEqualTo(start.plusSeconds(3));
    assertThat(sends.subList(0, 3)).containsOnly(start);
  }

  @Test
  void pauseHoldsBackEveryThread() throws Exception {
    RateBudget budget = RateBudget.notion(3, clock, sleeper);
    Instant resume = start.plusSeconds(90);
    budget.pauseUntil(resume);
    budget.pauseUntil(start.plusSeconds(10)); // an earlier pause does not shorten the later one
    List<Instant> sends = new CopyOnWriteArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 8; i++) {
        executor.submit(() -> {
          budget.acquire();
          sends.add(clock.instant());
        });
      }
    }
    assertThat(sends).hasSize(8).allSatisfy(sent -> assertThat(sent).isAfterOrEqualTo(resume));
    assertThat(budget.pausedUntil()).isEqualTo(resume);
    assertThat(budget.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void concurrentCallersNeverExceedTheLimit() throws Exception {
    RateBudget budget = new RateBudget("tight", List.of(new RateBudget.Limit(5, Duration.ofSeconds(1))), clock,
        sleeper);
    List<Instant> sends = new CopyOnWriteArrayList<>();
    Object sendLock = new Object();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 40; i++) {
        executor.submit(() -> {
          // The manual sleeper advances one shared clock, so the send time must be read in the same step as
          // the acquisition; otherwise another thread's simulated sleep can move the clock in between.
          synchronized (sendLock) {
            budget.acquire();
            sends.add(clock.instant());
          }
        });
      }
    }
    assertThat(sends).hasSize(40);
    List<Instant> sorted = sends.stream().sorted().toList();
    for (int i = 5; i < sorted.size(); i++) {
      // any 6 consecutive sends span at least the one-second window
      assertThat(Duration.between(sorted.get(i - 5), sorted.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }
}
