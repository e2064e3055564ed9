package io.wiredchaos.notionwix.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Deterministic ids: the same seed content always has the same page and block ids. */
final class SeedIds {

  private static final AtomicLong COUNTER = new AtomicLong();

  private SeedIds() {}

  static String of(String name) {
    return UUID.nameUUIDFromBytes(("wired-chaos:" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A fresh id for blocks created after seeding (admin edits). */
  static String next(String kind) {
    return of(kind + "-runtime-" + COUNTER.incrementAndGet() + "-" + System.nanoTime());
  }
}
