package io.wiredchaos.notionwix.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory Notion: pages with a title, a body text and optional images. */
final class FakeSource implements Source {

  record Page(String id, String title, String body, Instant edited, boolean published, List<MediaSource> media) {}

  final Map<String, Page> pages = new LinkedHashMap<>();
  final AtomicInteger loads = new AtomicInteger();
  final Set<String> failing = new HashSet<>();
  String fingerprint = "mapping-v1";
  SyncFailure prepareFailure;
  int refreshes;

  void put(String id, String title, String body, Instant edited) {
    pages.put(id, new Page(id, title, body, edited, true, List.of()));
  }

  void put(Page page) {
    pages.put(page.id(), page);
  }

  void unpublish(String id) {
    Page p = pages.get(id);
    pages.put(id, new Page(p.id(), p.title(), p.body(), p.edited(), false, p.media()));
  }

  @Override
  public SourceSchema prepare() {
    if (prepareFailure != null) {
      throw prepareFailure;
    }
    return new SourceSchema(fingerprint, Map.of("title", "TEXT", "content", "TEXT"));
  }

  @Override
  public List<SourcePage> publishedPages(Set<String> only) {
    List<SourcePage> rows = new ArrayList<>();
    pages.values().stream().filter(Page::published).filter(p -> only.isEmpty() || only.contains(p.id()))
        .forEach(p -> rows.add(new SourcePage(p.id(), p.title(), "https://notion.so/" + p.id(), p.edited())));
    return rows;
  }

  @Override
  public DesiredItem load(SourcePage row) {
    loads.incrementAndGet();
    if (failing.contains(row.pageId())) {
      throw new SyncFailure(FailureKind.DATA, "body cannot be converted");
    }
    Page page = pages.get(row.pageId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", page.title());
    data.put("content", page.body());
    data.put("notionPageId", page.id());
    data.put("notionLastEdited", page.edited().toString());
    String hash = Integer.toHexString((page.title() + "|" + page.body() + "|" + fingerprint).hashCode());
    data.put("syncHash", hash);
    return new DesiredItem(row, data, hash, page.media(), List.of());
  }

  @Override
  public String refreshMediaUrl(MediaSource media) {
    refreshes++;
    return media.url() + "&fresh";
  }
}
