package io.wiredchaos.notionwix.remote;

import java.time.Duration;

/**
 * Waits. Injected wherever the remote layer waits (budget, backoff, media polling), so tests advance a fake clock
 * instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given duration; zero or negative returns at once.
   *
   * @throws RemoteApiException.Interrupted when the thread is interrupted (the interrupt flag is restored)
   */
  void sleep(Duration duration);

  /** The real one: {@link Thread#sleep(Duration)}. */
  Sleeper SYSTEM =
      duration -> {
        if (duration.isNegative() || duration.isZero()) {
          return;
        }
        try {
          Thread.sleep(duration);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RemoteApiException.Interrupted(e);
        }
      };
}
