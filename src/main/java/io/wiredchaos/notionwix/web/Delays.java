package io.wiredchaos.notionwix.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; the webhook debounce uses it, and tests replace it so they never sleep. */
@FunctionalInterface
public interface Delays {

  Future<?> after(Duration delay, Runnable task);

  /** A real timer on one daemon thread. */
  static Delays system() {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "webhook-debounce");
      t.setDaemon(true);
      return t;
    });
    return (delay, task) -> timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }
}
