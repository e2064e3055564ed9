package io.wiredchaos.notionwix.notion.api;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A data source's schema (notion.md §1.2, {@code GET /v1/data_sources/{id}}).
 *
 * @param id data source id
 * @param databaseId the database that contains it
 * @param title plain-text title
 * @param properties schema keyed by property name; each value is {@code {id, name, type, <type>: config}}
 */
public record NotionDataSource(String id, String databaseId, String title, Map<String, JsonNode> properties) {}
