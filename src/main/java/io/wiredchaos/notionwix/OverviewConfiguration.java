package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.mapping.PublishRule;
import io.wiredchaos.notionwix.notion.NotionClient;
import io.wiredchaos.notionwix.notion.QueryProperties;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.web.NotionOverview;
import io.wiredchaos.notionwix.web.WixOverview;
import io.wiredchaos.notionwix.wix.WixClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the dashboard's Notion and Wix panels read: one Notion listing and one projected Wix query per call. The
 * web layer caches the answers ({@code web.RemoteStatus}), so refreshing panels do not spend the sync's budget.
 */
@Configuration(proxyBeanMethods = false)
class OverviewConfiguration {


  @Bean
  NotionOverview notionOverview(NotionClient notion) {
    record Listing(NotionDataSource source, List<NotionPage> pages) {}
    Supplier<Listing> listing = () -> {
      NotionDataSource source = notion.resolveDataSource();
      List<NotionPage> pages = new ArrayList<>();
      // the title and the publish rule's status: on 2026-12-01 a listing carries only what it names (notion.md §1.1b)
      notion.queryAll(source.id(), null, List.of(), QueryProperties.base(PublishRule.defaults(source), source),
          pages::add);
      pages.sort(Comparator.comparing(NotionPage::lastEditedTime, Comparator.nullsLast(Comparator.reverseOrder())));
      return new Listing(source, pages);
    };
    return new NotionOverview() {
      @Override
      public Status status() {
        Listing l = listing.get();
        PublishRule rule = PublishRule.defaults(l.source());
        int published = (int) l.pages().stream().filter(rule).count();
        int live = (int) l.pages().stream().filter(p -> !p.inTrash()).count();
        Instant newest = l.pages().isEmpty() ? null : l.pages().getFirst().lastEditedTime();
        return new Status(l.source().id(), l.source().title(), published, live - published, live, newest);
      }

      @Override
      public Pages pages(int page, int size) {
        Listing l = listing.get();
        PublishRule rule = PublishRule.defaults(l.source());
        List<Page> items = l.pages().stream().skip((long) page * size).limit(size)
            .map(p -> new Page(p.id(), title(p), p.inTrash() ? "Trashed" : rule.test(p) ? "Published" : "Draft",
                p.lastEditedTime(), p.url())).toList();
        return new Pages(items, l.pages().size());
      }
    };
  }

  @Bean
  WixOverview wixOverview(WixClient wix, WixSettings settings) {
    Supplier<WixOverview.Status> status = () -> {
      AtomicLong items = new AtomicLong();
      AtomicLong managed = new AtomicLong();
      wix.queryItems(settings.collectionId(), null, List.of("_id", "notionPageId"), item -> {
        items.incrementAndGet();
        if (item.data().get("notionPageId") != null) {
          managed.incrementAndGet();
        }
      });
      return new WixOverview.Status(settings.collectionId(), items.get(), managed.get());
    };
    return new WixOverview() {
      @Override
      public Status status() {
        return status.get();
      }

      @Override
      public Optional<Map<String, Object>> item(String itemId) {
        return wix.getItem(settings.collectionId(), itemId).map(item -> item.data());
      }
    };
  }

  private static String title(NotionPage page) {
    return page.properties().values().stream().filter(v -> "title".equals(v.path("type").asString("")))
        .findFirst().map(v -> {
          StringBuilder text = new StringBuilder();
          v.path("title").forEach(run -> text.append(run.path("plain_text").asString("")));
          return text.toString();
        }).orElse("");
  }
}
