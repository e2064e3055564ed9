package io.wiredchaos.notionwix.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The application service every shell calls (CLI, HTTP trigger, scheduler, webhooks): one full or scoped run,
 * under the run lock, always ending in a {@link RunReport} that is journaled and handed to the listener.
 */
public final class SyncService {

  private final Source source;
  private final Target target;
  private final Journal journal;
  private final RunLock lock;
  private final Clock clock;
  private final EngineSettings settings;
  private final Supplier<RequestStats> stats;
  private final Supplier<String> runIds;
  private final AutoRollback autoRollback;

  public SyncService(Source source, Target target, Journal journal, RunLock lock, Clock clock,
      EngineSettings settings, Supplier<RequestStats> stats, Supplier<String> runIds) {
    this(source, target, journal, lock, clock, settings, stats, runIds, AutoRollback.OFF);
  }

  public SyncService(Source source, Target target, Journal journal, RunLock lock, Clock clock,
      EngineSettings settings, Supplier<RequestStats> stats, Supplier<String> runIds, AutoRollback autoRollback) {
    this.autoRollback = autoRollback;
    this.source = source;
    this.target = target;
    this.journal = journal;
    this.lock = lock;
    this.clock = clock;
    this.settings = settings;
    this.stats = stats;
    this.runIds = runIds;
  }

  /** Runs a sync; when another run holds the lock, returns a SKIPPED_LOCKED report and does nothing. */
  public RunReport run(RunOptions options, RunListener listener) {
    return run(newRunId(), options, listener);
  }

  /** Runs a sync under a run id chosen beforehand (an HTTP trigger answers with it before the run starts). */
  public RunReport run(String runId, RunOptions options, RunListener listener) {
    return lock.runExclusively(() -> execute(runId, options, listener))
        .orElseGet(() -> skipped(options));
  }

  /** A fresh run id. */
  public String newRunId() {
    return runIds.get();
  }

  private RunReport execute(String runId, RunOptions options, RunListener listener) {
    Instant started = clock.instant();
    RequestStats before = stats.get();
    RunTally tally = new RunTally();
    journal.startRun(runId, "sync", options.trigger(), options.dryRun(), started);
    listener.started(runId, options);
    RunOutcome outcome;
    FailureKind kind;
    String summary;
    try {
      new SyncRun(runId, options, started, tally, listener, this).execute();
      outcome = tally.failures().isEmpty() ? RunOutcome.SUCCESS : RunOutcome.PARTIAL;
      kind = tally.worstItemKind();
      summary = tally.failures().isEmpty() ? null : tally.failures().size() + " item(s) failed; first: "
          + tally.failures().getFirst().title() + ": " + tally.failures().getFirst().message();
    } catch (SyncFailure failure) {
      outcome = RunOutcome.FAILED;
      kind = failure.kind();
      summary = failure.getMessage();
    } catch (RuntimeException bug) {
      outcome = RunOutcome.FAILED;
      kind = FailureKind.BUG;
      summary = "internal error: " + bug;
    }
    RunReport report = new RunReport(runId, "sync", options.trigger(), options.dryRun(), started, clock.instant(),
        outcome, tally.counts(), tally.imagesImported(), stats.get().minus(before), kind, summary,
        tally.failures(), tally.warnings(), options.dryRun() ? tally.plan() : List.of());
    journal.finishRun(report);
    if (autoRollback.appliesTo(report)) {
      report = autoRollback.rollBack(report);
      journal.finishRun(report);
    }
    listener.finished(report);
    return report;
  }

  private RunReport skipped(RunOptions options) {
    Instant now = clock.instant();
    return new RunReport(null, "sync", options.trigger(), options.dryRun(), now, now, RunOutcome.SKIPPED_LOCKED,
        RunCounts.ZERO, 0, RequestStats.NONE, null, "another run holds the lock; nothing was done", List.of(),
        List.of(), List.of());
  }

  Source source() {
    return source;
  }

  Target target() {
    return target;
  }

  Journal journal() {
    return journal;
  }

  Clock clock() {
    return clock;
  }

  EngineSettings settings() {
    return settings;
  }
}
