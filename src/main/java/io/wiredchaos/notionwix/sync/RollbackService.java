package io.wiredchaos.notionwix.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undoes one run: items it created are removed, items it updated get their before-image back, items it deleted
 * are re-created. The rollback is itself a journaled run (kind {@code rollback}), so it can be rolled back too.
 * It refuses, before writing anything, when a later run changed the same items, unless forced.
 */
public final class RollbackService {

  private final Target target;
  private final Journal journal;
  private final RunLock lock;
  private final Clock clock;
  private final java.util.function.Supplier<String> runIds;

  public RollbackService(Target target, Journal journal, RunLock lock, Clock clock,
      java.util.function.Supplier<String> runIds) {
    this.target = target;
    this.journal = journal;
    this.lock = lock;
    this.clock = clock;
    this.runIds = runIds;
  }

  /** The changes that would undo {@code runId}, without writing; fails as CONFIG on conflicts unless forced. */
  public List<PlannedChange> plan(String runId, boolean force) {
    List<RecordedChange> applied = journal.changes(runId).stream()
        .filter(c -> "APPLIED".equals(c.outcome())).toList();
    if (applied.isEmpty()) {
      throw new SyncFailure(FailureKind.CONFIG, "run " + runId + " has no applied changes to roll back"
          + " (unknown run id, a dry run, or nothing was written)");
    }
    List<String> later = journal.changedAfter(runId, applied.stream().map(RecordedChange::itemId).toList());
    if (!later.isEmpty() && !force) {
      throw new SyncFailure(FailureKind.CONFIG, later.size() + " item(s) this run changed were changed again by"
          + " later runs (first: " + later.getFirst() + "); rolling back would discard those changes. Roll back"
          + " the later runs first, or pass --force");
    }
    Map<String, Map<String, Object>> current = target.currentData(applied.stream().map(RecordedChange::itemId)
        .toList());
    List<PlannedChange> undo = new ArrayList<>();
    for (RecordedChange change : applied) {
      Map<String, Object> now = current.get(change.itemId());
      ChangeAction action = change.action() == ChangeAction.CREATE ? ChangeAction.DELETE
          : now == null ? ChangeAction.CREATE : ChangeAction.UPDATE;
      Map<String, Object> restored = change.action() == ChangeAction.CREATE ? null : change.before();
      undo.add(new PlannedChange(change.itemId(), change.pageId(), change.title(), null, action,
          ChangeReason.ROLLBACK, now, restored, SyncPlanner.fieldChanges(now, restored)));
    }
    return undo;
  }

  /** Rolls back {@code runId} under the run lock; a SKIPPED_LOCKED report when another run is active. */
  public RunReport rollback(String runId, boolean dryRun, boolean force, RunListener listener) {
    return lock.runExclusively(() -> execute(runId, dryRun, force, listener)).orElseGet(() -> {
      Instant now = clock.instant();
      return new RunReport(null, "rollback", "cli", dryRun, now, now, RunOutcome.SKIPPED_LOCKED, RunCounts.ZERO, 0,
          RequestStats.NONE, null, "another run holds the lock; nothing was done", List.of(), List.of(),
          List.of());
    });
  }

  /** Rolls back {@code runId} for a caller that already holds the run lock (auto-rollback); never forced. */
  RunReport rollbackHoldingLock(String runId, String trigger) {
    return execute(runId, false, false, trigger, RunListener.NONE);
  }

  private RunReport execute(String runId, boolean dryRun, boolean force, RunListener listener) {
    return execute(runId, dryRun, force, "cli", listener);
  }

  private RunReport execute(String runId, boolean dryRun, boolean force, String trigger, RunListener listener) {
    String id = runIds.get();
    Instant started = clock.instant();
    RunTally tally = new RunTally();
    journal.startRun(id, "rollback", trigger, dryRun, started);
    RunOutcome outcome;
    FailureKind kind = null;
    String summary = null;
    List<PlannedChange> undo = List.of();
    try {
      undo = plan(runId, force);
      if (dryRun) {
        undo.forEach(c -> tally.count(c.action(), true));
      } else {
        apply(id, undo, tally, listener);
      }
      outcome = tally.failures().isEmpty() ? RunOutcome.SUCCESS : RunOutcome.PARTIAL;
      kind = tally.worstItemKind();
    } catch (SyncFailure failure) {
      outcome = RunOutcome.FAILED;
      kind = failure.kind();
      summary = failure.getMessage();
    }
    RunReport report = new RunReport(id, "rollback", trigger, dryRun, started, clock.instant(), outcome,
        tally.counts(), 0, RequestStats.NONE, kind, summary != null ? summary : "rollback of " + runId,
        tally.failures(), tally.warnings(), dryRun ? undo : List.of());
    journal.finishRun(report);
    listener.finished(report);
    return report;
  }

  private void apply(String id, List<PlannedChange> undo, RunTally tally, RunListener listener) {
    PlanApplier applier = new PlanApplier(target, journal);
    applier.save(id, undo.stream().filter(c -> c.action() != ChangeAction.DELETE).toList(), Map.of(), tally,
        listener);
    applier.remove(id, undo.stream().filter(c -> c.action() == ChangeAction.DELETE).toList(), tally, listener);
  }
}
