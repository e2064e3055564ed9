package io.wiredchaos.notionwix.notion.api;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A block with its children already fetched (notion.md §5). The client reads one level per request and
 * assembles the tree; converters never fetch.
 *
 * @param id block id
 * @param type block type as sent ({@code paragraph}, {@code heading_1}, … or one we do not know)
 * @param hasChildren whether Notion reports children
 * @param payload the object under the type-named key (for a paragraph: {@code {"rich_text":[…],"color":…}})
 * @param children child blocks in order; empty when none or not fetched
 */
public record NotionBlock(String id, String type, boolean hasChildren, JsonNode payload, List<NotionBlock> children) {

  public NotionBlock {
    children = children == null ? List.of() : List.copyOf(children);
  }
}
