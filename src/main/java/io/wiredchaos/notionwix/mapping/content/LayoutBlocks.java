package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.List;
import java.util.Map;

/**
 * Blocks that only arrange other blocks. Columns are stacked in reading order (column 1, then column 2: what
 * Notion itself shows on narrow screens) because the CMS plugin set for Ricos LAYOUT is undocumented
 * (wix.md §5.4). Synced blocks and tabs are transparent: the client already put the original's children
 * under a synced duplicate (notion.md §5.1).
 */
final class LayoutBlocks {

  private LayoutBlocks() {}

  static List<Map<String, Object>> columns(NotionBlock block, BlockTree tree) {
    return tree.convertAll(block.children());
  }

  static List<Map<String, Object>> transparent(NotionBlock block, BlockTree tree) {
    return tree.convertAll(block.children());
  }

  /** A template button's children are the template, not content shown on the page. */
  static List<Map<String, Object>> template(NotionBlock block, BlockTree tree) {
    tree.ctx().warn(block.id(), "TEMPLATE_OMITTED", "template button content is not page content; left out");
    return List.of();
  }
}
