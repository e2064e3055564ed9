package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.store.RunHistory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/wix/status} and {@code /items/{id}}. Last write and media imported come from the journal (the
 * newest run that wrote something), the counts from the Wix adapter.
 */
@RestController
@RequestMapping("/api/wix")
class WixRoutes {

  private final RemoteStatus remotes;
  private final ObjectProvider<WixOverview> wix;
  private final RunHistory history;

  WixRoutes(RemoteStatus remotes, ObjectProvider<WixOverview> wix, RunHistory history) {
    this.remotes = remotes;
    this.wix = wix;
    this.history = history;
  }

  @GetMapping("/status")
  Map<String, Object> status() {
    var r = remotes.wix();
    var s = r.value();
    var lastWrite = history.page(0, 50).stream()
        .filter(row -> row.report() != null && !row.dryRun() && row.report().counts().written() > 0).findFirst();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("collectionId", s == null ? null : s.collectionId());
    body.put("itemCount", s == null ? null : s.itemCount());
    body.put("managedCount", s == null ? null : s.managedCount());
    body.put("lastWriteAt", lastWrite.map(row -> Instant.ofEpochMilli(row.finishedAt())).orElse(null));
    body.put("mediaImported", history.page(0, 200).stream().filter(row -> row.report() != null && !row.dryRun())
        .mapToInt(row -> row.report().imagesImported()).sum());
    body.put("reachable", r.reachable());
    body.put("error", RemoteStatus.error(r));
    return body;
  }

  @GetMapping("/items/{id}")
  Map<String, Object> item(@PathVariable String id) {
    Map<String, Object> item = RemoteStatus.available(wix.getIfAvailable(), "Wix").item(id)
        .orElseThrow(() -> ApiProblem.notFound("item " + id));
    Object pageId = item.getOrDefault("notionPageId", id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("item", item);
    body.put("notionPageId", pageId);
    body.put("notionUrl", "https://www.notion.so/" + String.valueOf(pageId).replace("-", ""));
    return body;
  }
}
