package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * {@link NotionReads} on the {@link NotionClient}. Pages from the query get their truncated relation and people
 * lists completed (only pages that have more than 25 references cost extra requests). Remote failures are
 * translated to engine failures where this is wired (the composition root).
 */
public final class NotionClientReads implements NotionReads {

  private final NotionClient client;

  public NotionClientReads(NotionClient client) {
    this.client = client;
  }

  @Override
  public NotionDataSource resolveDataSource(String databaseIdOrUrl, String dataSourceId) {
    return client.resolveDataSource(databaseIdOrUrl, dataSourceId);
  }

  @Override
  public void queryPages(String dataSourceId, JsonNode filter, List<String> properties, Consumer<NotionPage> sink) {
    if (properties == null || properties.isEmpty()) {
      throw new IllegalArgumentException("a query names the properties it reads (filter_properties)");
    }
    client.queryAll(dataSourceId, filter, List.of(), properties, page -> sink.accept(client.completeReferences(page)));
  }

  @Override
  public NotionPage retrievePage(String pageId) {
    return client.completeReferences(client.retrievePage(pageId));
  }

  @Override
  public List<NotionBlock> fetchBody(String pageId) {
    return client.fetchBody(pageId);
  }

  @Override
  public JsonNode retrieveBlock(String blockId) {
    return client.retrieveBlock(blockId);
  }
}
