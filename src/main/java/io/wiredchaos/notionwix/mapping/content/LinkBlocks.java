package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.UrlPolicy;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bookmarks, embeds, link previews and links to other pages. They become a paragraph with a link (rendered by
 * every Wix product, unlike LINK_PREVIEW which needs fetched metadata); video-site embeds become VIDEO nodes.
 * Links to Notion pages resolve to the page's site URL when that page is synced (DESIGN.md: mentions/links).
 */
final class LinkBlocks {

  private static final Pattern VIDEO_SITES =
      Pattern.compile("^https?://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/.*");

  private LinkBlocks() {}

  static List<Map<String, Object>> bookmark(NotionBlock block, BlockTree tree) {
    String url = Json.nonBlank(block.payload(), "url");
    if (url == null) {
      return Fallback.broken(block, tree, "MEDIA_WITHOUT_URL", block.type() + " has no URL; shown as a note",
          block.type());
    }
    if (tree.ctx().allowedUrl(url, UrlPolicy.Use.LINK, block.id(), block.type(), "shown as a note") == null) {
      return Fallback.broken(block, tree, null, null, block.type());
    }
    String caption = RichTextRuns.plain(Json.at(block.payload(), "caption"));
    return List.of(linkParagraph(tree.ctx().id(block.id(), ""), "🔗 ", caption.isBlank() ? url : caption,
        Decorations.external(url)));
  }

  static List<Map<String, Object>> embed(NotionBlock block, BlockTree tree) {
    String url = Json.nonBlank(block.payload(), "url");
    if (url == null || !UrlPolicy.check(url, UrlPolicy.Use.MEDIA).allowed() || !VIDEO_SITES.matcher(url).matches()) {
      return bookmark(block, tree);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Ricos.node("VIDEO", tree.ctx().id(block.id(), ""), List.of(), "videoData", Ricos.map(
        "containerData", Ricos.container(), "video", Ricos.map("src", Ricos.map("url", url)))));
    out.addAll(MediaBlocks.captionParagraph(block, tree.ctx()));
    return out;
  }

  static List<Map<String, Object>> linkToPage(NotionBlock block, BlockTree tree) {
    String pageId = Json.text(block.payload(), "page_id");
    if (pageId == null) {
      pageId = Json.text(block.payload(), "database_id");
    }
    return pageLink(block, pageId, tree.ctx().pageTitle(pageId).orElse(null), tree);
  }

  /** child_page / child_database: the sub-page is not inlined (notion.md §5.1); it becomes a link or a note. */
  static List<Map<String, Object>> childPage(NotionBlock block, BlockTree tree) {
    return pageLink(block, block.id(), Json.nonBlank(block.payload(), "title"), tree);
  }

  private static List<Map<String, Object>> pageLink(NotionBlock block, String pageId, String title, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    Optional<String> url = ctx.pageUrl(pageId);
    String id = ctx.id(block.id(), "");
    String icon = "child_database".equals(block.type()) ? "🗂 " : "📄 ";
    String allowed = url.map(u -> ctx.allowedUrl(u, UrlPolicy.Use.LINK, block.id(), block.type(), "shown without a link"))
        .orElse(null);
    if (allowed != null) {
      return List.of(linkParagraph(id, icon, title == null ? allowed : title, Decorations.internal(allowed)));
    }
    if (url.isEmpty()) {
      ctx.warn(block.id(), "UNSYNCED_PAGE_LINK",
          block.type() + " points at " + pageId + ", which is not on the site; shown without a link");
    }
    return List.of(Ricos.paragraph(id, Ricos.texts(id, icon + (title == null ? "Notion page" : title),
        List.of(Ricos.map("type", "COLOR", "colorData", Ricos.map("foreground", "#787774"))))));
  }

  private static Map<String, Object> linkParagraph(String id, String icon, String text, Map<String, Object> link) {
    List<Map<String, Object>> texts = new ArrayList<>();
    texts.add(Ricos.text(id + "-icon", icon, List.of()));
    for (String chunk : RichTextRuns.split(text, Ricos.MAX_TEXT)) {
      texts.add(Ricos.text(id + "-t" + (texts.size() - 1), chunk, List.of(link)));
    }
    return Ricos.paragraph(id, texts);
  }
}
