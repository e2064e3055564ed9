package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.sync.RunOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/sync}: status, manual trigger and run history (docs/api.md). A thin shell over the engine. */
@RestController
@RequestMapping("/api/sync")
class SyncRoutes {

  /** Body of {@code POST /api/sync/trigger}. */
  record TriggerRequest(Boolean dryRun, Boolean full, List<String> pageIds) {}

  private final ActiveRun active;
  private final RunHistory history;
  private final AdminAccess admin;
  private final SyncSettings settings;

  SyncRoutes(ActiveRun active, RunHistory history, AdminAccess admin, SyncSettings settings) {
    this.active = active;
    this.history = history;
    this.admin = admin;
    this.settings = settings;
  }

  @GetMapping("/status")
  Map<String, Object> status() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("running", active.runningId().isPresent());
    status.put("currentRunId", active.runningId().orElse(null));
    status.put("lastRun", history.page(0, 1).stream().findFirst().map(RunSummaries::of).orElse(null));
    status.put("lastSuccessAt", history.lastSuccess().map(r -> java.time.Instant.ofEpochMilli(r.startedAt())
        .toString()).orElse(null));
    status.put("nextScheduledAt", null);
    status.put("staleAfterMs", settings.staleAfter().toMillis());
    return status;
  }

  @PostMapping("/trigger")
  ResponseEntity<Map<String, Object>> trigger(@RequestHeader(value = "Authorization", required = false) String auth,
      @RequestBody(required = false) TriggerRequest request) {
    admin.check(auth);
    TriggerRequest body = request == null ? new TriggerRequest(false, false, List.of()) : request;
    RunOptions options = new RunOptions("manual", Boolean.TRUE.equals(body.dryRun()), Boolean.TRUE.equals(body.full()),
        body.pageIds() == null ? Set.of() : Set.copyOf(body.pageIds()), false, false);
    return active.start(options)
        .map(started -> ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.<String, Object>of("runId",
            started.runId())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("runId",
            active.runningId().orElse(""), "detail", "a sync is already running; watch its progress")));
  }

  @GetMapping("/runs")
  Map<String, Object> runs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size) {
    int bounded = Math.max(1, Math.min(size, 200));
    return Map.of("items", history.page(Math.max(0, page), bounded).stream().map(RunSummaries::of).toList(),
        "page", page, "size", bounded, "total", history.count());
  }

  @GetMapping("/runs/{id}")
  ResponseEntity<Map<String, Object>> run(@PathVariable String id) {
    return history.find(id).map(row -> ResponseEntity.ok(Map.<String, Object>of("summary", RunSummaries.of(row),
            "changes", row.report() != null && row.report().dryRun() ? RunSummaries.plan(row.report())
                : history.changes(id).stream().map(RunSummaries::change).toList())))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @GetMapping("/runs/{id}/plan")
  ResponseEntity<Map<String, Object>> plan(@PathVariable String id) {
    return run(id);
  }
}
