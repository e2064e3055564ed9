package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The Notion reads the source needs. Implementations pace requests within the integration's budget, retry
 * transient failures and throw {@link io.wiredchaos.notionwix.sync.SyncFailure} with the right kind (a database
 * not shared with the integration is CONFIG and says so).
 */
public interface NotionReads {

  /** The data source to sync: the only one of the database, or {@code dataSourceId} when it has several. */
  NotionDataSource resolveDataSource(String databaseIdOrUrl, String dataSourceId);

  /**
   * Streams every page matching {@code filter} (null = all), past the 10,000-row cap, without duplicates.
   *
   * @param properties the property ids each page must carry ({@code filter_properties}); never empty, because on
   *     2026-12-01 a query without it returns only the title (upgrade guide 2026-12-01)
   */
  void queryPages(String dataSourceId, JsonNode filter, List<String> properties, Consumer<NotionPage> sink);

  /** One page with complete relation and people lists. */
  NotionPage retrievePage(String pageId);

  /** The page's block tree, children fetched (synced blocks resolved to their original's children). */
  List<NotionBlock> fetchBody(String pageId);

  /** One block as the retrieve-block endpoint returns it (fresh signed file URLs). */
  JsonNode retrieveBlock(String blockId);
}
