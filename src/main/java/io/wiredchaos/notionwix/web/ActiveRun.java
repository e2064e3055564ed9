package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunListenerGroup;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The run this service started and that has not finished: at most one at a time per instance (other instances
 * are held off by the run lock). Runs execute on a virtual thread; the trigger answers at once with the run id.
 */
@Component
public class ActiveRun {

  /** A started run: its id and its eventual report. */
  public record Started(String runId, CompletableFuture<RunReport> report) {}

  private final SyncService sync;
  private final java.util.List<RunListener> listeners;
  private final AtomicReference<Started> current = new AtomicReference<>();

  ActiveRun(SyncService sync, java.util.List<RunListener> listeners) {
    this.sync = sync;
    this.listeners = listeners;
  }

  /** Starts a run, or answers the active one's id when a run is already going. */
  public synchronized Optional<Started> start(RunOptions options) {
    if (current.get() != null) {
      return Optional.empty();
    }
    String runId = sync.newRunId();
    CompletableFuture<RunReport> report = new CompletableFuture<>();
    Started started = new Started(runId, report);
    current.set(started);
    Thread.ofVirtual().name("sync-" + runId).start(() -> {
      try {
        report.complete(sync.run(runId, options, new RunListenerGroup(listeners)));
      } catch (RuntimeException e) {
        report.completeExceptionally(e);
      } finally {
        current.set(null);
      }
    });
    return Optional.of(started);
  }

  public Optional<String> runningId() {
    return Optional.ofNullable(current.get()).map(Started::runId);
  }
}
