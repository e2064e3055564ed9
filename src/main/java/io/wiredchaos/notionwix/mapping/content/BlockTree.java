package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a block tree: dispatches each block to its family's converter, groups consecutive list items into
 * one list (wix.md §5.5), bounds the nesting depth, and never lets a converter failure escape.
 */
final class BlockTree {

  /** Deeper content is flattened to text: Ricos renderers and our own recursion both need a bound. */
  static final int MAX_DEPTH = 40;

  private static final Set<String> LIST_TYPES = Set.of("bulleted_list_item", "numbered_list_item", "to_do");

  private final ContentContext ctx;
  private final Map<String, BlockConverter> converters;
  private int depth;

  BlockTree(ContentContext ctx, Map<String, BlockConverter> converters) {
    this.ctx = ctx;
    this.converters = converters;
  }

  ContentContext ctx() {
    return ctx;
  }

  /** Converts siblings in order; consecutive list items of one type become a single list node. */
  List<Map<String, Object>> convertAll(List<NotionBlock> blocks) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (blocks == null) {
      return out;
    }
    if (depth >= MAX_DEPTH) {
      out.addAll(Fallback.flattened(blocks, ctx));
      return out;
    }
    depth++;
    try {
      List<NotionBlock> group = new ArrayList<>();
      for (NotionBlock block : blocks) {
        if (block == null) {
          continue;
        }
        if (!group.isEmpty() && !group.getFirst().type().equals(block.type())) {
          out.addAll(listGroup(group));
          group.clear();
        }
        if (block.type() != null && LIST_TYPES.contains(block.type())) {
          group.add(block);
        } else {
          out.addAll(convertOne(block));
        }
      }
      out.addAll(listGroup(group));
    } finally {
      depth--;
    }
    return out;
  }

  private List<Map<String, Object>> listGroup(List<NotionBlock> group) {
    if (group.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(ListBlocks.list(List.copyOf(group), this));
    } catch (RuntimeException e) {
      List<Map<String, Object>> out = new ArrayList<>();
      group.forEach(block -> out.addAll(Fallback.failed(block, e, this)));
      return out;
    }
  }

  private List<Map<String, Object>> convertOne(NotionBlock block) {
    BlockConverter converter = block.type() == null ? null : converters.get(block.type());
    try {
      return converter == null ? Fallback.unsupported(block, this) : converter.convert(block, this);
    } catch (RuntimeException e) {
      return Fallback.failed(block, e, this);
    }
  }
}
