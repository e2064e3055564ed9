package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.sync.FieldChange;
import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncPlanner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code RunSummary} and {@code Change} shapes of docs/api.md. */
final class RunSummaries {

  private RunSummaries() {}

  static Map<String, Object> of(RunHistory.RunRow row) {
    if (row.report() != null) {
      return of(row.report());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runId", row.runId());
    summary.put("kind", row.kind());
    summary.put("trigger", row.trigger());
    summary.put("dryRun", row.dryRun());
    summary.put("startedAt", Instant.ofEpochMilli(row.startedAt()).toString());
    summary.put("finishedAt", row.finishedAt() == null ? null : Instant.ofEpochMilli(row.finishedAt()).toString());
    summary.put("outcome", row.outcome());
    return summary;
  }

  static Map<String, Object> of(RunReport r) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runId", r.runId());
    summary.put("kind", r.kind());
    summary.put("trigger", r.trigger());
    summary.put("dryRun", r.dryRun());
    summary.put("startedAt", r.startedAt().toString());
    summary.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
    summary.put("durationMs", r.duration().toMillis());
    summary.put("outcome", r.outcome().name());
    summary.put("counts", r.counts());
    summary.put("imagesImported", r.imagesImported());
    summary.put("requests", Map.of("notion", r.requests().notionRequests(), "wix", r.requests().wixRequests()));
    summary.put("rateLimitWaitMs", r.requests().rateLimitWaitMs());
    summary.put("errorSummary", r.errorSummary());
    summary.put("failures", r.failures());
    return summary;
  }

  static Map<String, Object> change(RecordedChange c) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("itemId", c.itemId());
    change.put("pageId", c.pageId());
    change.put("title", c.title());
    change.put("action", c.action().name());
    change.put("reason", c.reason().name());
    change.put("outcome", c.outcome());
    change.put("error", c.error());
    change.put("fields", SyncPlanner.fieldChanges(c.before(), c.after()).stream().map(RunSummaries::field).toList());
    return change;
  }

  private static Map<String, Object> field(FieldChange f) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", f.name());
    field.put("before", f.before());
    field.put("after", f.after());
    return field;
  }

  /** Changes of a dry run's plan, in the same shape. */
  static List<Map<String, Object>> plan(RunReport report) {
    return report.plan().stream().map(p -> {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("itemId", p.itemId());
      change.put("pageId", p.pageId());
      change.put("title", p.title());
      change.put("action", p.action().name());
      change.put("reason", p.reason().name());
      change.put("outcome", "PLANNED");
      change.put("error", null);
      change.put("fields", p.fields().stream().map(RunSummaries::field).toList());
      return change;
    }).toList();
  }
}
