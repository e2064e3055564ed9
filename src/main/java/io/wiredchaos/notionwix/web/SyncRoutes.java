package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.sync.RollbackService;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.SyncService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /api/sync/…} of docs/api.md: status, trigger, history, plans, rollback and the event stream. */
@RestController
@RequestMapping("/api/sync")
class SyncRoutes {

  record TriggerBody(Boolean dryRun, Boolean full, List<String> pageIds) {}

  record RollbackBody(Boolean dryRun, Boolean force) {}

  private final RunCoordinator runs;
  private final RunHistory history;
  private final RunEvents events;
  private final AccessGuard guard;
  private final SyncSettings settings;
  private final ScheduleView schedule;
  private final ObjectProvider<RollbackService> rollback;
  private final ObjectProvider<SyncService> sync;

  SyncRoutes(RunCoordinator runs, RunHistory history, RunEvents events, AccessGuard guard, SyncSettings settings,
      ScheduleView schedule, ObjectProvider<RollbackService> rollback, ObjectProvider<SyncService> sync) {
    this.runs = runs;
    this.history = history;
    this.events = events;
    this.guard = guard;
    this.settings = settings;
    this.schedule = schedule;
    this.rollback = rollback;
    this.sync = sync;
  }

  @GetMapping("/status")
  Map<String, Object> status() {
    Map<String, Object> body = new LinkedHashMap<>();
    String active = runs.activeRunId().orElse(null);
    body.put("running", active != null);
    body.put("currentRunId", active);
    body.put("lastRun", history.page(0, 1).stream().findFirst().map(RunViews::summary).orElse(null));
    body.put("lastSuccessAt", history.lastSyncAt().orElse(null));
    body.put("nextScheduledAt", schedule.next().orElse(null));
    body.put("staleAfterMs", settings.staleAfter().toMillis());
    return body;
  }

  @PostMapping("/trigger")
  ResponseEntity<Map<String, Object>> trigger(@RequestBody(required = false) TriggerBody body,
      HttpServletRequest request) {
    guard.requireAdmin(request);
    TriggerBody b = body == null ? new TriggerBody(false, false, List.of()) : body;
    RunOptions options = new RunOptions("manual", Boolean.TRUE.equals(b.dryRun()), Boolean.TRUE.equals(b.full()),
        TriggerPageIds.parse(b.pageIds()), false, false);
    return runs.start(options).map(s -> accepted(s.runId())).orElseGet(this::conflict);
  }

  @PostMapping("/runs/{id}/rollback")
  ResponseEntity<Map<String, Object>> rollback(@PathVariable String id,
      @RequestBody(required = false) RollbackBody body, HttpServletRequest request) {
    guard.requireAdmin(request);
    RollbackService service = rollback.getIfAvailable();
    if (service == null) {
      throw new ApiProblem(HttpStatus.NOT_IMPLEMENTED, "CONFIG", "rollback is not available in this build");
    }
    history.find(id).orElseThrow(() -> ApiProblem.notFound("run " + id));
    boolean dryRun = body != null && Boolean.TRUE.equals(body.dryRun());
    boolean force = body != null && Boolean.TRUE.equals(body.force());
    String runId = sync.getObject().newRunId();
    return runs.start(runId, listener -> service.rollback(id, dryRun, force, listener))
        .map(s -> accepted(s.runId())).orElseGet(this::conflict);
  }

  @GetMapping("/runs")
  Map<String, Object> runs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "30") int size) {
    int p = Math.max(0, page);
    int s = Math.clamp(size, 1, 200);
    return Map.of("items", history.page(p, s).stream().map(RunViews::summary).toList(), "page", p, "size", s,
        "total", history.count());
  }

  @GetMapping("/runs/{id}")
  RunViews.RunDetail run(@PathVariable String id) {
    var row = history.find(id).orElseThrow(() -> ApiProblem.notFound("run " + id));
    return new RunViews.RunDetail(RunViews.summary(row), history.changes(id).stream().map(RunViews::change).toList());
  }

  @GetMapping("/runs/{id}/plan")
  RunViews.RunDetail plan(@PathVariable String id) {
    var row = history.find(id).orElseThrow(() -> ApiProblem.notFound("run " + id));
    if (!row.dryRun() || row.report() == null) {
      throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "run " + id + " is not a finished dry run");
    }
    return new RunViews.RunDetail(RunViews.summary(row), row.report().plan().stream().map(RunViews::change).toList());
  }

  @GetMapping(path = "/events", produces = "text/event-stream")
  SseEmitter events() {
    return events.subscribe();
  }

  private ResponseEntity<Map<String, Object>> accepted(String runId) {
    return ResponseEntity.accepted().body(Map.of("runId", runId));
  }

  private ResponseEntity<Map<String, Object>> conflict() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("runId", runs.activeRunId().orElse(null));
    body.put("detail", "a run is already active; try again when it has finished");
    body.put("kind", "CONFLICT");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }
}
