package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The run report's waiting time is wall-clock: overlapping waits of several threads count once. */
class WallWaitTest {

  private final Instant t0 = Instant.parse("2026-11-25T05:00:00Z");

  @Test
  void eightThreadsHeldByOnePauseCountItsLengthOnce() {
    WallWait wall = new WallWait();
    for (int thread = 0; thread < 8; thread++) {
      wall.add(t0.plusMillis(thread), Duration.ofSeconds(10).minusMillis(thread));
    }
    assertThat(wall.total()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void partlyOverlappingAndSeparateWaitsAddOnlyTheirUncoveredParts() {
    WallWait wall = new WallWait();
    wall.add(t0, Duration.ofSeconds(4));
    wall.add(t0.plusSeconds(2), Duration.ofSeconds(4)); // reaches 2 s past the first
    wall.add(t0.plusSeconds(3), Duration.ofSeconds(1)); // inside
    wall.add(t0.plusSeconds(20), Duration.ofSeconds(5)); // separate
    assertThat(wall.total()).isEqualTo(Duration.ofSeconds(11));
  }

  @Test
  void theBudgetRecordsItsWaitsOnTheWallClock() {
    ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
    RateBudget budget = RateBudget.notion(3, clock, new ManualSleeper(clock));
    budget.pauseUntil(clock.instant().plusSeconds(10));
    budget.acquire();
    budget.acquire();
    assertThat(budget.wallWait().total()).isEqualTo(budget.waited()).isEqualTo(Duration.ofSeconds(10));
  }
}
