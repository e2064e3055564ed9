package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Fans run events out to every open {@code /api/sync/events} stream (docs/api.md, "Events"). */
@Component
class RunEvents implements RunListener {

  private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

  SseEmitter subscribe() {
    SseEmitter emitter = new SseEmitter(0L);
    emitters.add(emitter);
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    try {
      // a first comment commits the response headers, so clients see the stream open before any run
      emitter.send(SseEmitter.event().comment("connected"));
    } catch (IOException e) {
      emitters.remove(emitter);
    }
    return emitter;
  }

  /**
   * Ends every open stream when the service stops. A stream never ends by itself, so without this Tomcat's
   * graceful shutdown waits its whole timeout (30 s) whenever a dashboard is open. Runs before the web server stops.
   */
  @EventListener(ContextClosedEvent.class)
  void closeStreams() {
    for (SseEmitter emitter : emitters) {
      try {
        emitter.complete();
      } catch (RuntimeException alreadyGone) {
        // the client left; nothing to end
      }
    }
    emitters.clear();
  }

  int subscribers() {
    return emitters.size();
  }

  @Override
  public void started(String runId, RunOptions options) {
    send("run-started", Map.of("runId", runId, "trigger", options.trigger(), "dryRun", options.dryRun()));
  }

  @Override
  public void progress(String runId, String phase, int done, int total, RunCounts counts) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("runId", runId);
    data.put("phase", phase);
    data.put("done", done);
    data.put("total", total);
    data.put("counts", counts);
    send("progress", data);
  }

  @Override
  public void itemFailed(String runId, ItemFailure failure) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("runId", runId);
    data.put("pageId", failure.pageId());
    data.put("title", failure.title());
    data.put("message", failure.message());
    send("item-failed", data);
  }

  @Override
  public void finished(RunReport report) {
    send("run-finished", RunViews.summary(report));
  }

  private void send(String name, Object data) {
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(SseEmitter.event().name(name).data(data));
      } catch (IOException | IllegalStateException gone) {
        emitters.remove(emitter);
      }
    }
  }
}
