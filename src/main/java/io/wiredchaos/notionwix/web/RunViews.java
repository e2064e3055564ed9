package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.store.RunHistory.RunRow;
import io.wiredchaos.notionwix.sync.FieldChange;
import io.wiredchaos.notionwix.sync.PlannedChange;
import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The JSON shapes of docs/api.md ("Shared shapes"), built from engine and journal records. */
final class RunViews {

  record Failure(String pageId, String title, String kind, String message, String notionUrl) {}

  record Requests(long notion, long wix) {}

  record RunSummary(String runId, String kind, String trigger, boolean dryRun, Instant startedAt,
      Instant finishedAt, Long durationMs, String outcome, RunCounts counts, int imagesImported,
      Requests requests, long rateLimitWaitMs, String errorSummary, List<Failure> failures) {}

  record Change(String itemId, String pageId, String title, String action, String reason, String outcome,
      String error, List<FieldChange> fields) {}

  record RunDetail(RunSummary summary, List<Change> changes) {}

  private RunViews() {}

  static RunSummary summary(RunReport r) {
    return new RunSummary(r.runId(), r.kind(), r.trigger(), r.dryRun(), r.startedAt(), r.finishedAt(),
        r.finishedAt() == null ? null : r.duration().toMillis(), r.outcome().name(), r.counts(),
        r.imagesImported(), new Requests(r.requests().notionRequests(), r.requests().wixRequests()),
        r.requests().rateLimitWaitMs(), r.errorSummary(), r.failures().stream().map(f -> new Failure(f.pageId(),
            f.title(), f.kind() == null ? null : f.kind().name(), f.message(), f.notionUrl())).toList());
  }

  /** A listed run: its report when finished, else what its row knows (RUNNING or INTERRUPTED). */
  static RunSummary summary(RunRow row) {
    if (row.report() != null) {
      return summary(row.report());
    }
    Instant started = Instant.ofEpochMilli(row.startedAt());
    Instant finished = row.finishedAt() == null ? null : Instant.ofEpochMilli(row.finishedAt());
    return new RunSummary(row.runId(), row.kind(), row.trigger(), row.dryRun(), started, finished,
        finished == null ? null : finished.toEpochMilli() - started.toEpochMilli(), row.outcome(), RunCounts.ZERO,
        0, new Requests(0, 0), 0, null, List.of());
  }

  static Change change(RecordedChange c) {
    return new Change(c.itemId(), c.pageId(), c.title(), c.action().name(), c.reason() == null ? null
        : c.reason().name(), c.outcome(), c.error(), diff(c.before(), c.after()));
  }

  static Change change(PlannedChange c) {
    return new Change(c.itemId(), c.pageId(), c.title(), c.action().name(), c.reason() == null ? null
        : c.reason().name(), "PLANNED", null, c.fields().isEmpty() ? diff(c.before(), c.after()) : c.fields());
  }

  /** Fields whose values differ between the before- and after-image; either side may be null. */
  static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> b = before == null ? Map.of() : before;
    Map<String, Object> a = after == null ? Map.of() : after;
    TreeSet<String> names = new TreeSet<>(b.keySet());
    names.addAll(a.keySet());
    return names.stream().filter(n -> !Objects.equals(b.get(n), a.get(n)))
        .map(n -> new FieldChange(n, b.get(n), a.get(n))).toList();
  }
}
