package io.wiredchaos.notionwix.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunReport;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cached reachability and figures of Notion and Wix, shared by the status routes and the health components. The
 * cache is dropped when a run finishes (this listener runs first), so the panels' refetch on "run finished" shows
 * the new figures.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RemoteStatus implements RunListener {

  private final RemoteProbe<NotionOverview.Status> notion;
  private final RemoteProbe<WixOverview.Status> wix;

  RemoteStatus(ObjectProvider<NotionOverview> notion, ObjectProvider<WixOverview> wix, Clock clock) {
    this.notion = new RemoteProbe<>(() -> available(notion.getIfAvailable(), "Notion").status(), clock);
    this.wix = new RemoteProbe<>(() -> available(wix.getIfAvailable(), "Wix").status(), clock);
  }

  @Override
  public void finished(RunReport report) {
    notion.invalidate();
    wix.invalidate();
  }

  RemoteProbe.Result<NotionOverview.Status> notion() {
    return notion.get();
  }

  RemoteProbe.Result<WixOverview.Status> wix() {
    return wix.get();
  }

  static <T> T available(T port, String name) {
    if (port == null) {
      throw new IllegalStateException(name + " overview is not available in this build");
    }
    return port;
  }

  /** {@code {"kind","message"}} or null when reachable (docs/api.md). */
  static Map<String, Object> error(RemoteProbe.Result<?> r) {
    if (r.reachable()) {
      return null;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("kind", r.kind());
    error.put("message", r.message());
    return error;
  }
}
