package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The single active run of this process. HTTP and webhook runs start here on a virtual thread; a second start
 * while one is active is refused with the active run's id (the caller answers 409). Across processes the
 * engine's run lock decides; this only keeps one process from queueing behind itself. Every run's events go
 * to all {@link RunListener} beans (event stream, metrics).
 */
@Component
public class RunCoordinator {

  /** A started run: its id, and its report when it ends (tests await it instead of sleeping). */
  public record Started(String runId, CompletableFuture<RunReport> report) {}

  private final ObjectProvider<SyncService> sync;
  private final ObjectProvider<RunListener> listeners;
  private final AtomicReference<String> active = new AtomicReference<>();
  private final AtomicReference<Started> last = new AtomicReference<>();

  RunCoordinator(ObjectProvider<SyncService> sync, ObjectProvider<RunListener> listeners) {
    this.sync = sync;
    this.listeners = listeners;
  }

  /** Starts a sync in the background; empty when a run is already active. */
  public Optional<Started> start(RunOptions options) {
    SyncService service = sync.getObject();
    String runId = service.newRunId();
    return start(runId, listener -> service.run(runId, options, listener));
  }

  /** Starts any run (sync or rollback) under the given id, unless one is active. */
  public Optional<Started> start(String runId, Function<RunListener, RunReport> body) {
    if (!active.compareAndSet(null, runId)) {
      return Optional.empty();
    }
    CompletableFuture<RunReport> report = new CompletableFuture<>();
    Thread.ofVirtual().name("run-" + runId).start(() -> {
      try {
        report.complete(body.apply(fanOut()));
      } catch (Throwable t) {
        report.completeExceptionally(t);
      } finally {
        active.compareAndSet(runId, null);
      }
    });
    Started started = new Started(runId, report);
    last.set(started);
    return Optional.of(started);
  }

  /** The run this process started last, finished or not (tests await its report instead of sleeping). */
  public Optional<Started> last() {
    return Optional.ofNullable(last.get());
  }

  /** The id of the run this process is executing, if any. */
  public Optional<String> activeRunId() {
    return Optional.ofNullable(active.get());
  }

  /** One listener that forwards to every listener bean; a throwing listener does not stop the others. */
  public RunListener fanOut() {
    List<RunListener> all = listeners.orderedStream().toList();
    return new RunListener() {
      @Override
      public void started(String runId, RunOptions options) {
        all.forEach(l -> guard(() -> l.started(runId, options)));
      }

      @Override
      public void progress(String runId, String phase, int done, int total, RunCounts counts) {
        all.forEach(l -> guard(() -> l.progress(runId, phase, done, total, counts)));
      }

      @Override
      public void itemFailed(String runId, ItemFailure failure) {
        all.forEach(l -> guard(() -> l.itemFailed(runId, failure)));
      }

      @Override
      public void finished(RunReport report) {
        all.forEach(l -> guard(() -> l.finished(report)));
      }
    };
  }

  private static void guard(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      // listeners must not throw; one that does must not break the run or the other listeners
    }
  }
}
