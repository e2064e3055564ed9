package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run-log database ({@code NOTION_LOG_DATABASE_ID} in a sandbox sync): a container with two data sources, the
 * case the 2025-09-03 upgrade guide is about, and the rule of {@code POST /v1/pages} for parents. A page parent may
 * name a {@code data_source_id}; a {@code database_id} is still accepted for a database with one data source
 * (notion.md §1.2, "Page parent"), while one with several answers 400 {@code validation_error}
 * {@code multiple_data_sources_for_database} listing {@code child_data_source_ids} (notion.md §1.5; upgrade guide
 * 2025-09-03, "Existing API versions": "requests involving a database ID with multiple data sources").
 */
final class NotionLogDatabase {

  static final String ID = "5f0e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
  static final List<String> DATA_SOURCE_IDS = List.of(SeedIds.of("log-ds-runs"), SeedIds.of("log-ds-archive"));
  private static final String CREATED = "2026-08-20T09:00:00.000Z";

  private NotionLogDatabase() {}

  /** {@code GET /v1/databases/{id}} for the run-log database (2025-09-03 shape: data_sources, no properties). */
  static ObjectNode database() {
    ObjectNode db = Exchanges.object().put("object", "database").put("id", ID);
    db.set("title", SeedText.runs("Sync runs"));
    ArrayNode sources = db.putArray("data_sources");
    sources.addObject().put("id", DATA_SOURCE_IDS.get(0)).put("name", "Sync runs");
    sources.addObject().put("id", DATA_SOURCE_IDS.get(1)).put("name", "Sync runs (archive)");
    db.putObject("parent").put("type", "page_id").put("page_id", NotionContainers.HOME_PAGE_ID);
    db.put("is_inline", false).put("is_locked", false).put("in_trash", false).put("archived", false)
        .put("created_time", CREATED).put("last_edited_time", CREATED);
    db.put("url", "https://www.notion.so/" + ID.replace("-", ""));
    return db;
  }

  /**
   * Why {@code parent} cannot receive a new page: an error body to send, or null when it is acceptable. Parents
   * other than a database or data source (a page, the workspace) are not checked.
   */
  static ObjectNode refusal(NotionData data, JsonNode parent) {
    String dataSource = uuid(parent.path("data_source_id").asString(null));
    String database = uuid(parent.path("database_id").asString(null));
    if ("data_source_id".equals(parent.path("type").asString(null)) || dataSource != null) {
      boolean known = data.dataSourceId.equals(dataSource) || DATA_SOURCE_IDS.contains(dataSource);
      return known ? null : notFound(dataSource);
    }
    if (database == null) {
      return null;
    }
    if (data.databaseId.equals(database)) {
      return null; // one data source: database_id is still accepted
    }
    if (!ID.equals(database)) {
      return notFound(database);
    }
    ObjectNode error = NotionErrors.error(400, "validation_error",
        "Databases with multiple data sources are not supported in this API version.");
    ObjectNode details = error.putObject("additional_data").put("error_type", "multiple_data_sources_for_database")
        .put("database_id", ID);
    DATA_SOURCE_IDS.forEach(details.putArray("child_data_source_ids")::add);
    details.put("minimum_api_version", "2025-09-03");
    return error;
  }

  private static ObjectNode notFound(String id) {
    return NotionErrors.error(404, "object_not_found", "Could not find object with ID: " + id
        + ". Make sure the relevant pages and databases are shared with your integration.");
  }

  private static String uuid(String id) {
    return id == null ? null : Exchanges.uuid(id);
  }
}
