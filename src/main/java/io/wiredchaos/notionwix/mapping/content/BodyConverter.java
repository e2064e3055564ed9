package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Entry point: a page's block tree into a Ricos document (wix.md §5). Pure and thread-safe (each call has its
 * own state); output is byte-identical for equal input because node ids derive from block ids. Never throws
 * on any block tree: unknown types and converter failures become visible notes and warnings.
 */
public final class BodyConverter {

  private static final Map<String, BlockConverter> CONVERTERS = converters();

  /**
   * @param pageId the page whose body this is (for warnings and media refs)
   * @param blocks top-level blocks with children already fetched; synced duplicates carry the original's children
   * @param pageUrls site URL of a synced page by its canonical id; empty for pages not on the site
   */
  public RicosBody convert(String pageId, List<NotionBlock> blocks, Function<String, Optional<String>> pageUrls) {
    return convert(pageId, blocks, pageUrls, null);
  }

  /** @param pageTitles title of a synced page by canonical id, shown for link_to_page blocks; may be null */
  public RicosBody convert(String pageId, List<NotionBlock> blocks, Function<String, Optional<String>> pageUrls,
      Function<String, Optional<String>> pageTitles) {
    ContentContext ctx = new ContentContext(pageId, pageUrls, pageTitles);
    BlockTree tree = new BlockTree(ctx, CONVERTERS);
    List<Map<String, Object>> nodes;
    boolean repeatedIds;
    try (NodeIdRecord ids = NodeIdRecord.open()) {
      nodes = tree.convertAll(blocks);
      repeatedIds = ids.repeated();
    }
    if (repeatedIds) {
      UniqueNodeIds.apply(nodes);
    }
    if (ctx.hasTableOfContents()) {
      TableOfContents.fill(nodes);
    }
    return new RicosBody(Ricos.map("nodes", nodes, "metadata", Ricos.map("version", 1)), ctx.warnings(),
        ctx.mediaRefs());
  }

  private static Map<String, BlockConverter> converters() {
    Map<String, BlockConverter> map = new HashMap<>();
    map.put("paragraph", TextBlocks::paragraph);
    for (String heading : List.of("heading_1", "heading_2", "heading_3", "heading_4")) {
      map.put(heading, TextBlocks::heading);
    }
    map.put("quote", TextBlocks::quote);
    map.put("callout", TextBlocks::callout);
    map.put("toggle", Collapsible::toggle);
    map.put("code", CodeBlocks::code);
    map.put("equation", CodeBlocks::equation);
    map.put("divider", CodeBlocks::divider);
    map.put("image", MediaBlocks::image);
    map.put("video", MediaBlocks::video);
    map.put("audio", MediaBlocks::audio);
    map.put("file", MediaBlocks::file);
    map.put("pdf", MediaBlocks::file);
    map.put("bookmark", LinkBlocks::bookmark);
    map.put("embed", LinkBlocks::embed);
    map.put("link_preview", LinkBlocks::bookmark);
    map.put("link_to_page", LinkBlocks::linkToPage);
    map.put("child_page", LinkBlocks::childPage);
    map.put("child_database", LinkBlocks::childPage);
    map.put("table", TableBlocks::table);
    map.put("column_list", LayoutBlocks::columns);
    map.put("column", LayoutBlocks::transparent);
    map.put("synced_block", LayoutBlocks::transparent);
    map.put("template", LayoutBlocks::template);
    map.put("tab", LayoutBlocks::transparent);
    map.put("breadcrumb", (block, tree) -> List.of());
    map.put("table_of_contents", TableOfContents::marker);
    // renamed meeting_notes in 2026-03-11 (notion.md §1.1 item 3); both names reach us
    map.put("meeting_notes", Fallback::meetingNotes);
    map.put("transcription", Fallback::meetingNotes);
    return Map.copyOf(map);
  }
}
