package io.wiredchaos.notionwix.bench;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One generated Notion block and its children; {@link #json()} is the block object as Notion returns it. */
record BlockNode(String id, String type, ObjectNode payload, List<BlockNode> children) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  ObjectNode json() {
    ObjectNode block = NODES.objectNode().put("object", "block").put("id", id).put("type", type)
        .put("created_time", "2026-10-01T09:00:00.000Z").put("last_edited_time", "2026-10-01T09:00:00.000Z")
        .put("has_children", !children.isEmpty()).put("in_trash", false).put("archived", false);
    block.set(type, payload.deepCopy());
    return block;
  }

  /** Blocks in this subtree, itself included. */
  int size() {
    return 1 + children.stream().mapToInt(BlockNode::size).sum();
  }

  /** {@code GET /blocks/{id}/children} calls needed to read this block's subtree (100 children per call). */
  int readCalls() {
    int own = children.isEmpty() ? 0 : (children.size() + 99) / 100;
    return own + children.stream().mapToInt(BlockNode::readCalls).sum();
  }
}
