package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * The database container and its one data source as 2025-09-03 returns them (notion.md §1.2): the database lists
 * {@code data_sources} and has no properties; the data source carries the schema and its {@code database_parent}.
 * Both sit under a workspace page ({@link #HOME_PAGE_ID}).
 */
final class NotionContainers {

  static final String HOME_PAGE_ID = SeedIds.of("home-page");
  private static final String CREATED = "2026-08-20T09:00:00.000Z";
  private static final String EDITED = "2026-09-01T08:00:00.000Z";

  private NotionContainers() {}

  static ObjectNode database(NotionData data) {
    ObjectNode db = common(Exchanges.object().put("object", "database").put("id", data.databaseId), data);
    db.putArray("data_sources").addObject().put("id", data.dataSourceId).put("name", data.title);
    db.putObject("parent").put("type", "page_id").put("page_id", HOME_PAGE_ID);
    db.put("is_inline", false).put("is_locked", false);
    return db;
  }

  static ObjectNode dataSource(NotionData data) {
    ObjectNode ds = common(Exchanges.object().put("object", "data_source").put("id", data.dataSourceId), data);
    ds.putObject("parent").put("type", "database_id").put("database_id", data.databaseId);
    ds.putObject("database_parent").put("type", "page_id").put("page_id", HOME_PAGE_ID);
    ds.put("is_inline", false);
    ds.set("properties", data.schema().deepCopy());
    return ds;
  }

  private static ObjectNode common(ObjectNode container, NotionData data) {
    container.set("title", SeedText.runs(data.title));
    container.putArray("description");
    container.put("in_trash", false).put("archived", false).put("created_time", CREATED)
        .put("last_edited_time", EDITED);
    container.putObject("created_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    container.putObject("last_edited_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    container.putObject("icon").put("type", "emoji").put("emoji", "⚡");
    container.putNull("cover");
    container.put("url", "https://www.notion.so/" + container.path("id").asString().replace("-", ""));
    container.putNull("public_url");
    return container;
  }
}
