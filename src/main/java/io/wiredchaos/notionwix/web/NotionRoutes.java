package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/notion/status} and {@code /pages}. A page's sync state: {@code failed} when the last run failed it,
 * {@code pending} when edited after the last successful run started, else {@code in_sync}.
 */
@RestController
@RequestMapping("/api/notion")
class NotionRoutes {

  private final RemoteStatus remotes;
  private final ObjectProvider<NotionOverview> notion;
  private final RunHistory history;

  NotionRoutes(RemoteStatus remotes, ObjectProvider<NotionOverview> notion, RunHistory history) {
    this.remotes = remotes;
    this.notion = notion;
    this.history = history;
  }

  @GetMapping("/status")
  Map<String, Object> status() {
    var r = remotes.notion();
    var s = r.value();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dataSourceId", s == null ? null : s.dataSourceId());
    body.put("title", s == null ? null : s.title());
    body.put("published", s == null ? null : s.published());
    body.put("draft", s == null ? null : s.draft());
    body.put("total", s == null ? null : s.total());
    body.put("newestEdit", s == null ? null : s.newestEdit());
    body.put("reachable", r.reachable());
    body.put("error", RemoteStatus.error(r));
    return body;
  }

  @GetMapping("/pages")
  Map<String, Object> pages(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    int p = Math.max(0, page);
    int s = Math.clamp(size, 1, 100);
    NotionOverview.Pages pages = RemoteStatus.available(notion.getIfAvailable(), "Notion").pages(p, s);
    Instant lastSuccess = history.lastSyncAt().orElse(null);
    Map<String, ItemFailure> failed = history.page(0, 1).stream().findFirst()
        .map(RunHistory.RunRow::report).map(RunReport::failures).orElse(List.of()).stream()
        .collect(Collectors.toMap(ItemFailure::pageId, Function.identity(), (a, b) -> a));
    List<Map<String, Object>> items = pages.items().stream().map(pg -> {
      Map<String, Object> item = new LinkedHashMap<>();
      ItemFailure failure = failed.get(pg.pageId());
      item.put("pageId", pg.pageId());
      item.put("title", pg.title());
      item.put("status", pg.status());
      item.put("lastEdited", pg.lastEdited());
      item.put("syncState", failure != null ? "failed" : lastSuccess == null
          || (pg.lastEdited() != null && pg.lastEdited().isAfter(lastSuccess)) ? "pending" : "in_sync");
      item.put("message", failure == null ? null : failure.message());
      item.put("wixItemId", pg.pageId());
      item.put("notionUrl", pg.notionUrl());
      return item;
    }).toList();
    return Map.of("items", items, "page", p, "size", s, "total", pages.total());
  }
}
