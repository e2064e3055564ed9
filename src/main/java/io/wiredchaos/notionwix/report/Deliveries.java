package io.wiredchaos.notionwix.report;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs deliveries off the run's thread (one virtual thread each), so a slow endpoint never holds up a run, and
 * lets the application wait for them when it closes: a CLI process exits only after its report was delivered or
 * its bound passed. Each delivery bounds itself; {@link #awaitAll(Duration)} only adds a safety net.
 */
final class Deliveries implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

  private final Set<Thread> pending = ConcurrentHashMap.newKeySet();
  private final Duration drain;
  private final boolean inline;

  private Deliveries(Duration drain, boolean inline) {
    this.drain = drain;
    this.inline = inline;
  }

  /** Deliveries on virtual threads; {@link #close()} waits up to {@code drain} for those still running. */
  static Deliveries async(Duration drain) {
    return new Deliveries(drain, false);
  }

  /** Deliveries on the caller's thread (tests). */
  static Deliveries inline() {
    return new Deliveries(Duration.ZERO, true);
  }

  /** Starts {@code delivery}; whatever it throws is logged, never passed on. */
  void submit(String name, Runnable delivery) {
    Runnable guarded = () -> {
      try {
        delivery.run();
      } catch (RuntimeException e) {
        LOG.warn("{} failed: {}", name, e.getClass().getSimpleName());
      } finally {
        pending.remove(Thread.currentThread());
      }
    };
    if (inline) {
      guarded.run();
      return;
    }
    Thread thread = Thread.ofVirtual().name("report-" + name).unstarted(guarded);
    pending.add(thread);
    thread.start();
  }

  /** Waits until every started delivery has ended or {@code bound} has passed; true when none is left. */
  boolean awaitAll(Duration bound) {
    long end = System.nanoTime() + bound.toNanos();
    for (Thread thread : List.copyOf(pending)) {
      long left = end - System.nanoTime();
      try {
        if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
          return false;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return pending.isEmpty();
  }

  @Override
  public void close() {
    if (!pending.isEmpty() && !awaitAll(drain)) {
      LOG.warn("{} report deliveries were still running at shutdown and were abandoned", pending.size());
    }
  }
}
