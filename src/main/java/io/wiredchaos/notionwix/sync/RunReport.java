package io.wiredchaos.notionwix.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything one run did, for people and reporters. It holds ids, titles, counts and messages, never content or
 * secrets.
 *
 * @param failureKind why the run failed (FAILED), or the worst item failure (PARTIAL); null on success
 * @param errorSummary one line for dashboards and alerts; null on success
 * @param plan the planned changes, only for dry runs (a real run's changes are in the journal)
 */
public record RunReport(
    String runId,
    String kind,
    String trigger,
    boolean dryRun,
    Instant startedAt,
    Instant finishedAt,
    RunOutcome outcome,
    RunCounts counts,
    int imagesImported,
    RequestStats requests,
    FailureKind failureKind,
    String errorSummary,
    List<ItemFailure> failures,
    List<String> warnings,
    List<PlannedChange> plan) {

  public RunReport {
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    plan = plan == null ? List.of() : List.copyOf(plan);
  }

  public Duration duration() {
    return finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
  }
}
