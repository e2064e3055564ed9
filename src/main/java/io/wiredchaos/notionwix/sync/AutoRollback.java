package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The optional safety net of issue #11: a real run whose failed writes exceed {@code threshold} of its attempted
 * writes is undone at once, under the same lock, so a half-broken run never stays on the site. The run's report
 * then says so in its error summary and warnings, which is what the SWARM report and the alert carry.
 *
 * @param threshold failed ÷ (created + updated + deleted + failed), strictly above which the run is rolled back
 */
public record AutoRollback(boolean enabled, double threshold, RollbackService rollbacks) {

  public static final AutoRollback OFF = new AutoRollback(false, 1.0, null);

  /** Whether {@code report} is bad enough: not a dry run, something written, and too many failures. */
  public boolean appliesTo(RunReport report) {
    RunCounts counts = report.counts();
    int applied = counts.created() + counts.updated() + counts.deleted();
    return enabled && !report.dryRun() && applied > 0 && failureRate(counts) > threshold;
  }

  /** Undoes the run (the caller holds the run lock) and returns its report amended to say what happened. */
  RunReport rollBack(RunReport report) {
    RunReport undo = rollbacks.rollbackHoldingLock(report.runId(), "auto-rollback");
    String rate = percent(failureRate(report.counts())) + " of writes failed, over the " + percent(threshold)
        + " threshold";
    String said = undo.outcome() == RunOutcome.SUCCESS
        ? "AUTO-ROLLED BACK by run " + undo.runId() + " (" + rate + "); the site is as it was before this run"
        : "AUTO-ROLLBACK " + undo.outcome() + " (run " + undo.runId() + ", " + rate + "): "
            + undo.errorSummary() + "; check the site and roll back by hand";
    List<String> warnings = new ArrayList<>(report.warnings());
    warnings.addFirst(said);
    return new RunReport(report.runId(), report.kind(), report.trigger(), report.dryRun(), report.startedAt(),
        report.finishedAt(), report.outcome(), report.counts(), report.imagesImported(), report.requests(),
        report.failureKind(), said + ". " + report.errorSummary(), report.failures(), warnings, report.plan());
  }

  private static double failureRate(RunCounts counts) {
    int attempted = counts.created() + counts.updated() + counts.deleted() + counts.failed();
    return attempted == 0 ? 0 : (double) counts.failed() / attempted;
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }
}
