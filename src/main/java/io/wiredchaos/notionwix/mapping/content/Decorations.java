package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Notion annotations of one rich-text segment as Ricos decorations (wix.md §5.3), in a fixed order so that
 * equal styles compare equal. Ricos has no inline code: Notion {@code code} becomes a monospace
 * FONT_FAMILY. Links to Notion pages resolve to the page's site URL when that page is synced; otherwise
 * the text stays and the link is dropped with a warning (a notion.so link would leak a private workspace).
 */
final class Decorations {

  private Decorations() {}

  static List<Map<String, Object>> of(
      JsonNode segment, String blockColor, List<Map<String, Object>> extra, String blockId, ContentContext ctx) {
    JsonNode a = Json.at(segment, "annotations");
    List<Map<String, Object>> out = new ArrayList<>();
    if (Json.bool(a, "bold")) {
      out.add(Ricos.map("type", "BOLD", "fontWeightValue", 700));
    }
    if (Json.bool(a, "italic")) {
      out.add(Ricos.map("type", "ITALIC", "italicData", true));
    }
    if (Json.bool(a, "underline")) {
      out.add(Ricos.map("type", "UNDERLINE", "underlineData", true));
    }
    if (Json.bool(a, "strikethrough")) {
      out.add(Ricos.map("type", "STRIKETHROUGH", "strikethroughData", true));
    }
    String type = Json.text(segment, "type");
    boolean monospace = Json.bool(a, "code") || "equation".equals(type);
    if (monospace) {
      out.add(monospace());
    }
    for (Map<String, Object> decoration : extra) {
      if (out.stream().noneMatch(d -> d.get("type").equals(decoration.get("type")))) {
        out.add(decoration);
      }
    }
    String color = Json.text(a, "color");
    if (color == null || "default".equals(color)) {
      color = blockColor;
    }
    String foreground = NotionColors.foreground(color);
    String background = NotionColors.background(color);
    if (foreground != null || background != null) {
      out.add(Ricos.map("type", "COLOR", "colorData", Ricos.map("foreground", foreground, "background", background)));
    }
    link(segment, type, blockId, ctx).ifPresent(out::add);
    return out;
  }

  static Map<String, Object> monospace() {
    return Ricos.map("type", "FONT_FAMILY", "fontFamilyData", Ricos.map("value", "monospace"));
  }

  /** @param type the segment's {@code type} */
  private static Optional<Map<String, Object>> link(JsonNode segment, String type, String blockId,
      ContentContext ctx) {
    if ("mention".equals(type)) {
      return mention(segment, blockId, ctx);
    }
    String href = Json.nonBlank(segment, "href");
    if (href == null) {
      href = Json.nonBlank(segment, "text", "link", "url");
    }
    if (href == null) {
      return Optional.empty();
    }
    String pageId = PageIds.fromNotionUrl(href);
    if (pageId == null) {
      return external(href, blockId, ctx);
    }
    return internal(pageId, segment, blockId, ctx);
  }

  /** A LINK to an outside URL when {@link UrlPolicy} allows it; otherwise the text stays plain (with a warning). */
  private static Optional<Map<String, Object>> external(String href, String blockId, ContentContext ctx) {
    return Optional.ofNullable(ctx.allowedUrl(href, UrlPolicy.Use.LINK, blockId, "link", "kept as plain text"))
        .map(Decorations::external);
  }

  private static Optional<Map<String, Object>> mention(JsonNode segment, String blockId, ContentContext ctx) {
    JsonNode mention = Json.at(segment, "mention");
    return switch (String.valueOf(Json.text(mention, "type"))) {
      case "page" -> internal(Json.text(mention, "page", "id"), segment, blockId, ctx);
      case "link_preview" -> Optional.ofNullable(Json.nonBlank(mention, "link_preview", "url"))
          .flatMap(url -> external(url, blockId, ctx));
      case "link_mention" -> Optional.ofNullable(Json.nonBlank(mention, "link_mention", "href"))
          .flatMap(url -> external(url, blockId, ctx));
      default -> Optional.empty();
    };
  }

  private static Optional<Map<String, Object>> internal(
      String pageId, JsonNode segment, String blockId, ContentContext ctx) {
    Optional<String> url = ctx.pageUrl(pageId);
    if (url.isEmpty()) {
      ctx.warn(blockId, "UNSYNCED_PAGE_LINK", "link to Notion page " + pageId + " (\""
          + Json.text(segment, "plain_text") + "\") is not on the site; kept as plain text");
      return Optional.empty();
    }
    return Optional.ofNullable(ctx.allowedUrl(url.get(), UrlPolicy.Use.LINK, blockId, "page link", "kept as plain text"))
        .map(Decorations::internal);
  }

  /** A LINK to a page of the site; {@code url} has passed {@link UrlPolicy}. */
  static Map<String, Object> internal(String url) {
    return Ricos.map("type", "LINK", "linkData", Ricos.map("link", Ricos.map("url", url, "target", "SELF")));
  }

  /** A LINK to an outside page (new tab, no referrer); {@code url} has passed {@link UrlPolicy}. */
  static Map<String, Object> external(String url) {
    return Ricos.map("type", "LINK", "linkData", Ricos.map("link",
        Ricos.map("url", url, "target", "BLANK", "rel", Ricos.map("noreferrer", true))));
  }
}
