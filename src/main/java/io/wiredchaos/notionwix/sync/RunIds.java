package io.wiredchaos.notionwix.sync;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Run ids that sort by start time and read well in logs: {@code r-20261125-041500-a1b2}. */
public final class RunIds implements Supplier<String> {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);

  private final Clock clock;

  public RunIds(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String get() {
    byte[] suffix = new byte[2];
    ThreadLocalRandom.current().nextBytes(suffix);
    return "r-" + FORMAT.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
  }
}
