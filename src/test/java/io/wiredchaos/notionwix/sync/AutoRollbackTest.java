package io.wiredchaos.notionwix.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoRollbackTest {

  static final AutoRollback ON = new AutoRollback(true, 0.2, null);

  @Test
  void appliesOnlyToRealRunsThatWroteSomethingAndFailedTooOften() {
    assertThat(ON.appliesTo(report(new RunCounts(3, 0, 1, 10, 2), false))).as("2 of 6 = 33%").isTrue();
    assertThat(ON.appliesTo(report(new RunCounts(4, 0, 0, 10, 1), false))).as("1 of 5 = 20%, not above").isFalse();
    assertThat(ON.appliesTo(report(new RunCounts(0, 0, 0, 10, 5), false))).as("nothing written").isFalse();
    assertThat(ON.appliesTo(report(new RunCounts(1, 0, 0, 0, 5), true))).as("dry run").isFalse();
    assertThat(AutoRollback.OFF.appliesTo(report(new RunCounts(1, 0, 0, 0, 5), false))).isFalse();
  }

  private static RunReport report(RunCounts counts, boolean dryRun) {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    return new RunReport("r-1", "sync", "cli", dryRun, now, now, RunOutcome.PARTIAL, counts, 0, RequestStats.NONE,
        FailureKind.DATA, "x", List.of(), List.of(), List.of());
  }
}
