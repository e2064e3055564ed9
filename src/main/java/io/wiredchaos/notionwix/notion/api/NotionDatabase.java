package io.wiredchaos.notionwix.notion.api;

import java.util.List;

/**
 * A database container (notion.md §1.2, {@code GET /v1/databases/{id}} under 2025-09-03): its schema lives in its
 * data sources.
 *
 * @param id database id
 * @param title plain-text title
 * @param dataSources the data sources it contains, in Notion's order
 */
public record NotionDatabase(String id, String title, List<DataSourceRef> dataSources) {

  public NotionDatabase {
    dataSources = List.copyOf(dataSources);
  }

  /** A data source as listed by its database: id and name only. */
  public record DataSourceRef(String id, String name) {}
}
