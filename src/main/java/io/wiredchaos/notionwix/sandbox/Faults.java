package io.wiredchaos.notionwix.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injected failures: "fail the next N requests to this path prefix with status S", and random error rates.
 * Deterministic for a seed.
 */
public final class Faults {

  private record Planned(String side, String pathPrefix, int status, int[] remaining) {}

  private final List<Planned> planned = new ArrayList<>();
  private final SplittableRandom random;
  private volatile double rateLimitRate;
  private volatile double serverErrorRate;

  Faults(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next {@code count} requests on {@code side} whose path starts with {@code pathPrefix} get {@code status}. */
  public synchronized void failNext(String side, String pathPrefix, int status, int count) {
    planned.add(new Planned(side, pathPrefix, status, new int[] {count}));
  }

  /** Share of requests answered 429 (with Retry-After on Notion) and share answered 500/503, both sides. */
  public void rates(double rateLimited, double serverErrors) {
    this.rateLimitRate = rateLimited;
    this.serverErrorRate = serverErrors;
  }

  public synchronized void clear() {
    planned.clear();
    rateLimitRate = 0;
    serverErrorRate = 0;
  }

  /** The status to fail this request with, or 0. */
  synchronized int next(String side, String path) {
    for (Planned p : planned) {
      if (p.side().equals(side) && path.startsWith(p.pathPrefix()) && p.remaining()[0] > 0) {
        p.remaining()[0]--;
        return p.status();
      }
    }
    double roll = random.nextDouble();
    if (roll < rateLimitRate) {
      return 429;
    }
    if (roll < rateLimitRate + serverErrorRate) {
      return random.nextBoolean() ? 500 : 503;
    }
    return 0;
  }

  synchronized long jitterMillis(long bound) {
    return bound <= 0 ? 0 : random.nextLong(bound + 1);
  }
}
