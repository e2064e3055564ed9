package io.wiredchaos.notionwix.notion.api;

import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A page (a data source row) as the query and retrieve endpoints return it (notion.md §4.1).
 *
 * @param id page id, lowercase UUID with dashes
 * @param createdTime creation time (minute precision in practice)
 * @param lastEditedTime last edit, rounded down to the minute by Notion (notion.md §7)
 * @param inTrash whether the page is in the trash ({@code archived} is ignored; it mirrors this field)
 * @param url the page's notion.so URL
 * @param parent the parent object as sent ({@code {"type":"data_source_id", …}})
 * @param cover cover file object, or null
 * @param icon icon object (emoji, external or file), or null
 * @param properties property values keyed by property name; each value is the raw object with {@code id},
 *     {@code type} and the type-named payload (notion.md §4.2). Relation and people values hold at most 25
 *     references here; the client completes them through the property-item endpoint when {@code has_more}.
 */
public record NotionPage(
    String id,
    Instant createdTime,
    Instant lastEditedTime,
    boolean inTrash,
    String url,
    JsonNode parent,
    JsonNode cover,
    JsonNode icon,
    Map<String, JsonNode> properties) {}
