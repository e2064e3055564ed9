package io.wiredchaos.notionwix.sandbox;

import java.time.Duration;

/**
 * Sandbox settings. {@link #demo()} is as strict and as slow as the real services; {@link #fast()} keeps every
 * rule but lifts the rate limits and latency, for unit-speed integration tests.
 *
 * @param notionPort Notion API port (0 = any free port)
 * @param wixPort Wix API port (0 = any free port); the file host shares the Notion port under {@code /files}
 * @param notionPerMinute Notion budget per token: the 60-second window of notion.md §2.1 (180 = 3/s average)
 * @param wixPerMinute Wix budget per key (wix.md §4.3: 200 per minute)
 * @param retryAfterSeconds the {@code Retry-After} Notion's 429 carries
 * @param latency fixed latency added to every API request
 * @param jitter random extra latency, 0..jitter, seeded
 * @param fileUrlTtl lifetime of signed file URLs (Notion: one hour, notion.md §6)
 * @param mediaReadyAfter time until an imported file turns READY (wix.md §6.1: imports are asynchronous)
 * @param queryCap rows a single query traversal returns before {@code request_status.incomplete} (10,000)
 * @param seed seed of every random choice (jitter, error rate)
 */
public record SandboxOptions(
    int notionPort,
    int wixPort,
    int notionPerMinute,
    int wixPerMinute,
    int retryAfterSeconds,
    Duration latency,
    Duration jitter,
    Duration fileUrlTtl,
    Duration mediaReadyAfter,
    int queryCap,
    long seed) {

  public static SandboxOptions demo() {
    return new SandboxOptions(0, 0, 180, 200, 1, Duration.ofMillis(40), Duration.ofMillis(40),
        Duration.ofHours(1), Duration.ofMillis(500), 10_000, 42);
  }

  public static SandboxOptions fast() {
    return new SandboxOptions(0, 0, 1_000_000, 1_000_000, 1, Duration.ZERO, Duration.ZERO, Duration.ofHours(1),
        Duration.ZERO, 10_000, 42);
  }

  public SandboxOptions withPorts(int notion, int wix) {
    return new SandboxOptions(notion, wix, notionPerMinute, wixPerMinute, retryAfterSeconds, latency, jitter,
        fileUrlTtl, mediaReadyAfter, queryCap, seed);
  }

  public SandboxOptions withLimits(int notionPerMinute, int wixPerMinute) {
    return new SandboxOptions(notionPort, wixPort, notionPerMinute, wixPerMinute, retryAfterSeconds, latency, jitter,
        fileUrlTtl, mediaReadyAfter, queryCap, seed);
  }

  public SandboxOptions withFileUrlTtl(Duration ttl) {
    return new SandboxOptions(notionPort, wixPort, notionPerMinute, wixPerMinute, retryAfterSeconds, latency, jitter,
        ttl, mediaReadyAfter, queryCap, seed);
  }

  public SandboxOptions withLatency(Duration fixed, Duration extra) {
    return new SandboxOptions(notionPort, wixPort, notionPerMinute, wixPerMinute, retryAfterSeconds, fixed, extra,
        fileUrlTtl, mediaReadyAfter, queryCap, seed);
  }

  public SandboxOptions withQueryCap(int cap) {
    return new SandboxOptions(notionPort, wixPort, notionPerMinute, wixPerMinute, retryAfterSeconds, latency, jitter,
        fileUrlTtl, mediaReadyAfter, cap, seed);
  }
}
