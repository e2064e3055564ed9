package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.ChangeAction;
import io.wiredchaos.notionwix.sync.FieldChange;
import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.PlannedChange;
import io.wiredchaos.notionwix.sync.RunReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The short human summary of a run printed on stdout: counts, traffic, failures by title, the plan of a dry run. */
final class RunReportPrinter {

  static final int SHOWN = 20;

  private RunReportPrinter() {}

  static void print(RunReport report, PrintWriter out) {
    out.printf(Locale.ROOT, "%s %s: %s%s in %.1f s%n", report.kind(), report.runId() == null ? "-" : report.runId(),
        report.outcome(), report.dryRun() ? " (dry run, nothing written)" : "",
        report.duration().toMillis() / 1000.0);
    var c = report.counts();
    out.printf("  %s %d, %s %d, %s %d, unchanged %d, failed %d; images imported %d%n",
        report.dryRun() ? "would create" : "created", c.created(), report.dryRun() ? "update" : "updated",
        c.updated(), report.dryRun() ? "delete" : "deleted", c.deleted(), c.unchanged(), c.failed(),
        report.imagesImported());
    var r = report.requests();
    out.printf(Locale.ROOT, "  requests: Notion %d, Wix %d; waited for the rate budget %.1f s of the run (%d x 429)%n",
        r.notionRequests(), r.wixRequests(), r.rateLimitWaitMs() / 1000.0, r.rateLimited());
    if (report.errorSummary() != null && report.failures().isEmpty()) {
      out.println("  " + (report.failureKind() == null ? "" : report.failureKind() + ": ") + report.errorSummary());
    }
    printFailures(report.failures(), out);
    printWarnings(report.warnings(), out);
    printPlan(report.plan(), out);
    out.flush();
  }

  private static void printFailures(List<ItemFailure> failures, PrintWriter out) {
    if (failures.isEmpty()) {
      return;
    }
    out.println("  failed items:");
    failures.stream().limit(SHOWN).forEach(f -> out.printf("    - \"%s\" (%s) %s: %s%n", f.title(), f.pageId(),
        f.kind(), f.message()));
    if (failures.size() > SHOWN) {
      out.printf("    … and %d more (--json lists all)%n", failures.size() - SHOWN);
    }
  }

  private static void printWarnings(List<String> warnings, PrintWriter out) {
    if (warnings.isEmpty()) {
      return;
    }
    out.printf("  warnings (%d):%n", warnings.size());
    warnings.stream().limit(SHOWN).forEach(w -> out.println("    - " + w));
  }

  private static void printPlan(List<PlannedChange> plan, PrintWriter out) {
    if (plan.isEmpty()) {
      return;
    }
    out.println("  plan:");
    for (PlannedChange change : plan.stream().limit(200).toList()) {
      String fields = change.action() == ChangeAction.DELETE ? ""
          : " fields: " + String.join(", ", change.fields().stream().map(FieldChange::name).toList());
      out.printf("    %-6s \"%s\" (%s, %s)%s%n", change.action(), change.title(), change.itemId(),
          change.reason(), fields);
    }
    if (plan.size() > 200) {
      out.printf("    … and %d more (--json lists all)%n", plan.size() - 200);
    }
  }
}
