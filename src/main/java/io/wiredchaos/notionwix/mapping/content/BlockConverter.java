package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.List;
import java.util.Map;

/**
 * Converts one Notion block (notion.md §5.2) into zero or more Ricos nodes that are valid at document level
 * (wix.md §5.2). Implementations read the payload through {@link Json} and may throw on nonsense input:
 * {@link BlockTree} turns any exception into a fallback node and a warning.
 */
@FunctionalInterface
interface BlockConverter {

  List<Map<String, Object>> convert(NotionBlock block, BlockTree tree);
}
