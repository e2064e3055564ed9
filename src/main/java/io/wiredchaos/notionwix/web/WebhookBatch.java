package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.ServiceSettings;
import io.wiredchaos.notionwix.sync.RunOptions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Webhook events about the synced data source ({@link WebhookScope}) gathered into one run, {@code SYNC_WEBHOOK_DEBOUNCE} after the last event. Page events scope
 * the run to their pages; events that may remove an item (page deleted or moved) or touch the data source make
 * it full-scope, since the engine plans deletions only then; a schema change also re-reads every body.
 * Duplicate deliveries (same event id) are dropped; order does not matter because a run re-reads the pages.
 * While a run is active the batch waits and fires again after the next quiet period: at most one follow-up.
 */
@Component
class WebhookBatch {

  /** Event ids remembered for de-duplication (Notion retries up to 8 times). */
  private static final int SEEN = 2048;

  private final RunCoordinator runs;
  private final ServiceSettings settings;
  private final Delays delays;
  private final WebhookScope scope;
  private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > SEEN;
    }
  };
  private final Set<String> pages = new LinkedHashSet<>();
  private boolean fullScope;
  private boolean reReadAll;
  private Future<?> pending;
  private RunCoordinator.Started lastStarted;

  WebhookBatch(RunCoordinator runs, ServiceSettings settings, ObjectProvider<Delays> delays, WebhookScope scope) {
    this.runs = runs;
    this.scope = scope;
    this.settings = settings;
    this.delays = delays.getIfAvailable(Delays::system);
  }

  /**
   * Adds one event; answers false for a duplicate, an event that needs no run, or one about another data source
   * ({@link WebhookScope}): those schedule nothing, so a flood of unrelated events starts no run.
   */
  synchronized boolean add(WebhookEvent event) {
    String type = event.type();
    String entityId = event.entityId();
    if (event.id() != null && seen.put(event.id(), Boolean.TRUE) != null) {
      return false;
    }
    if (type == null || type.startsWith("comment.") || type.startsWith("view.") || type.startsWith("file_upload.")
        || !scope.concernsSyncedSource(event)) {
      return false;
    }
    if (type.endsWith(".schema_updated")) {
      fullScope = true;
      reReadAll = true;
    } else if (type.startsWith("page.") && !type.equals("page.deleted") && !type.equals("page.moved")
        && entityId != null) {
      pages.add(entityId);
    } else {
      fullScope = true;
    }
    schedule();
    return true;
  }

  private void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = delays.after(settings.webhookDebounce(), this::fire);
  }

  /** Starts the gathered run, or waits another quiet period while a run is active. */
  synchronized Optional<RunCoordinator.Started> fire() {
    pending = null;
    if (!fullScope && pages.isEmpty()) {
      return Optional.empty();
    }
    RunOptions options = new RunOptions("webhook", false, reReadAll, fullScope ? Set.of() : Set.copyOf(pages),
        false, false);
    Optional<RunCoordinator.Started> started = runs.start(options);
    if (started.isEmpty()) {
      schedule();
      return Optional.empty();
    }
    pages.clear();
    fullScope = false;
    reReadAll = false;
    lastStarted = started.get();
    return started;
  }

  /** The run this batch started last (tests await its report). */
  synchronized Optional<RunCoordinator.Started> lastStarted() {
    return Optional.ofNullable(lastStarted);
  }
}
