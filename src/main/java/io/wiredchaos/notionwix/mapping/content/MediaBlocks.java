package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.UrlPolicy;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Image, video, audio, file and pdf blocks (notion.md §5.2, §6). Notion-hosted files ({@code type:"file"})
 * are recorded as {@code MediaRef}s and carry a placeholder {@code src.id} that {@code MediaRewrite}
 * replaces with the Wix media id (wix.md §6.4); external files are referenced by URL.
 */
final class MediaBlocks {

  /** {@link #source} markers (compared by identity). */
  private static final Map<String, Object> NO_URL = Map.of("no", "url");
  private static final Map<String, Object> REFUSED = Map.of("refused", "url");

  private MediaBlocks() {}

  static List<Map<String, Object>> image(NotionBlock block, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    Map<String, Object> src = source(block, "image", ctx);
    if (src == NO_URL || src == REFUSED) {
      return unusable(block, tree, src);
    }
    String id = ctx.id(block.id(), "");
    String altText = RichTextRuns.plain(Json.at(block.payload(), "caption"));
    List<Map<String, Object>> caption = captionTexts(block, id, ctx);
    List<Map<String, Object>> children =
        caption.isEmpty() ? List.of() : List.of(Ricos.node("CAPTION", id + "-caption", caption));
    return List.of(Ricos.node("IMAGE", id, children, "imageData", Ricos.map(
        "containerData", Ricos.container(), "image", Ricos.map("src", src),
        "altText", altText.isEmpty() ? null : altText)));
  }

  static List<Map<String, Object>> video(NotionBlock block, BlockTree tree) {
    return plugin(block, "video", "VIDEO", "videoData", tree);
  }

  static List<Map<String, Object>> audio(NotionBlock block, BlockTree tree) {
    return plugin(block, "audio", "AUDIO", "audioData", tree);
  }

  /** file and pdf: a FILE node with the file name (Notion {@code name}, else the caption, else the URL's last segment). */
  static List<Map<String, Object>> file(NotionBlock block, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    Map<String, Object> src = source(block, block.type(), ctx);
    if (src == NO_URL || src == REFUSED) {
      return unusable(block, tree, src);
    }
    String id = ctx.id(block.id(), "");
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Ricos.node("FILE", id, List.of(), "fileData", Ricos.map(
        "containerData", Ricos.container(), "src", src, "name", fileName(block),
        "type", "pdf".equals(block.type()) ? "pdf" : null)));
    out.addAll(captionParagraph(block, ctx));
    return out;
  }

  private static List<Map<String, Object>> plugin(
      NotionBlock block, String role, String type, String dataKey, BlockTree tree) {
    ContentContext ctx = tree.ctx();
    Map<String, Object> src = source(block, role, ctx);
    if (src == NO_URL || src == REFUSED) {
      return unusable(block, tree, src);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(Ricos.node(type, ctx.id(block.id(), ""), List.of(), dataKey,
        Ricos.map("containerData", Ricos.container(), role, Ricos.map("src", src))));
    out.addAll(captionParagraph(block, ctx));
    return out;
  }

  /**
   * {@code {url}} for external files, {@code {id: placeholder}} for Notion-hosted ones; {@link #NO_URL} when the
   * block has none, {@link #REFUSED} (warned) when {@link UrlPolicy} refuses it.
   */
  static Map<String, Object> source(NotionBlock block, String role, ContentContext ctx) {
    String hosted = Json.nonBlank(block.payload(), "file", "url");
    String external = hosted != null ? null : Json.nonBlank(block.payload(), "external", "url");
    if (hosted == null && external == null) {
      return NO_URL;
    }
    String url = ctx.allowedUrl(hosted != null ? hosted : external,
        hosted != null ? UrlPolicy.Use.NOTION_FILE : UrlPolicy.Use.MEDIA, block.id(), block.type(), "shown as a note");
    if (url == null) {
      return REFUSED;
    }
    return hosted != null ? Ricos.map("id", ctx.media(hosted, block.id(), role)) : Ricos.map("url", external);
  }

  /** The fallback for a block whose {@link #source} is {@link #NO_URL} or {@link #REFUSED}. */
  private static List<Map<String, Object>> unusable(NotionBlock block, BlockTree tree, Map<String, Object> src) {
    return src == REFUSED ? Fallback.broken(block, tree, null, null, block.type()) : missing(block, tree);
  }

  private static String fileName(NotionBlock block) {
    String name = Json.nonBlank(block.payload(), "name");
    if (name != null) {
      return name;
    }
    String caption = RichTextRuns.plain(Json.at(block.payload(), "caption"));
    if (!caption.isBlank()) {
      return caption;
    }
    String url = Json.nonBlank(block.payload(), "file", "url");
    url = url != null ? url : Json.nonBlank(block.payload(), "external", "url");
    String path = UrlParts.beforeQuery(url);
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() ? block.type() : java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
  }

  static List<Map<String, Object>> captionTexts(NotionBlock block, String parentId, ContentContext ctx) {
    return RichTextRuns.texts(Json.at(block.payload(), "caption"), parentId + "-caption", block.id(), null,
        List.of(), ctx);
  }

  /** The caption as an italic paragraph below the node (Ricos has CAPTION only under IMAGE). */
  static List<Map<String, Object>> captionParagraph(NotionBlock block, ContentContext ctx) {
    String id = ctx.id(block.id(), "caption");
    List<Map<String, Object>> texts = RichTextRuns.texts(Json.at(block.payload(), "caption"), id, block.id(), null,
        List.of(Ricos.map("type", "ITALIC", "italicData", true)), ctx);
    return texts.isEmpty() ? List.of() : List.of(Ricos.paragraph(id, texts));
  }

  private static List<Map<String, Object>> missing(NotionBlock block, BlockTree tree) {
    return Fallback.broken(block, tree, "MEDIA_WITHOUT_URL", block.type() + " block has no file URL; shown as a note",
        block.type());
  }
}
