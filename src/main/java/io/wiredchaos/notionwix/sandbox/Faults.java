package io.wiredchaos.notionwix.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Injected failures: "fail the next N requests to this path prefix with status S", and random error rates.
 * Deterministic for a seed.
 */
public final class Faults {

  private record Planned(String side, String pathPrefix, int status, int[] remaining) {}

  /** Answers that are not an HTTP error: what a broken proxy or a crashing server sends. */
  public enum Misbehaviour {
    /** 200 with a Content-Length the body never reaches: the connection closes mid-body. */
    CUT_BODY,
    /** 200 with a complete body that is not valid JSON. */
    MALFORMED_JSON;

    /** The pseudo status a planned fault carries (never a real HTTP status). */
    int code() {
      return -1 - ordinal();
    }

    static Misbehaviour of(int code) {
      return values()[-1 - code];
    }
  }

  private record Delay(String side, String pathPrefix, Duration delay, int[] remaining) {}

  private final List<Planned> planned = new ArrayList<>();
  private final List<Delay> delays = new ArrayList<>();
  private final Map<String, int[]> flapping = new HashMap<>();
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

  /** The next {@code count} requests on {@code side} under {@code pathPrefix} get a broken 200 answer. */
  public synchronized void misbehaveNext(String side, String pathPrefix, Misbehaviour kind, int count) {
    planned.add(new Planned(side, pathPrefix, kind.code(), new int[] {count}));
  }

  /** From now on every other request on {@code side} fails with {@code status} (200, 503, 200, 503…). */
  public synchronized void flap(String side, int status) {
    flapping.put(side, new int[] {status, 0});
  }

  /** The next {@code count} requests on {@code side} under {@code pathPrefix} are answered {@code delay} late. */
  public synchronized void delayNext(String side, String pathPrefix, Duration delay, int count) {
    delays.add(new Delay(side, pathPrefix, delay, new int[] {count}));
  }

  /** Share of requests answered 429 (with Retry-After on Notion) and share answered 500/503, both sides. */
  public void rates(double rateLimited, double serverErrors) {
    this.rateLimitRate = rateLimited;
    this.serverErrorRate = serverErrors;
  }

  public synchronized void clear() {
    planned.clear();
    delays.clear();
    flapping.clear();
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
    int[] flap = flapping.get(side);
    if (flap != null && flap[1]++ % 2 == 1) {
      return flap[0];
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

  /** Extra latency planned for this request, or zero. */
  synchronized Duration extraDelay(String side, String path) {
    for (Delay d : delays) {
      if (d.side().equals(side) && path.startsWith(d.pathPrefix()) && d.remaining()[0] > 0) {
        d.remaining()[0]--;
        return d.delay();
      }
    }
    return Duration.ZERO;
  }

  synchronized long jitterMillis(long bound) {
    return bound <= 0 ? 0 : random.nextLong(bound + 1);
  }
}
