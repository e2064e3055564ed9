package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that advances a {@link ManualClock} instead of waiting, and remembers every wait. */
public final class ManualSleeper implements Sleeper {

  private final ManualClock clock;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public ManualSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      clock.advance(duration);
    }
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
