package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Page bodies produced on demand instead of stored, for data sets too large to hold in memory (the benchmarks'
 * 10,000 pages of 40 blocks). Answers must be deterministic: the same id always gives the same blocks.
 */
public interface BodySource {

  /** The children of a page or block in order (Notion block objects), or null when the id is unknown. */
  List<ObjectNode> children(String parentId);

  /** The block with this id, or null when unknown. */
  ObjectNode block(String blockId);
}
