package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.ConversionWarning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A rich-text property value (notion.md §4.3) in the three output forms a field can take: plain text, Wix
 * RICH_TEXT HTML (wix.md §5.6) and a one-paragraph Ricos document. Same decorations as page bodies.
 */
public final class InlineText {

  private InlineText() {}

  public static String plain(JsonNode richText) {
    return RichTextRuns.plain(richText);
  }

  /** {@code <p>…</p>} with the runs' formatting and links; empty string for empty text. */
  public static String html(JsonNode richText, String pageId, Function<String, Optional<String>> pageUrls,
      List<ConversionWarning> warnings) {
    Map<String, Object> document = document(richText, pageId, pageUrls, warnings);
    return RicosPlainText.of(document).isEmpty() ? "" : RicosHtml.of(document);
  }

  /** {@code {nodes:[PARAGRAPH]}, metadata:{version:1}}; warnings (unsynced page links) are added to the list. */
  public static Map<String, Object> document(JsonNode richText, String pageId,
      Function<String, Optional<String>> pageUrls, List<ConversionWarning> warnings) {
    ContentContext ctx = new ContentContext(pageId, pageUrls);
    String id = "rt";
    List<Map<String, Object>> texts = RichTextRuns.texts(richText, id, null, null, List.of(), ctx);
    warnings.addAll(ctx.warnings());
    return Ricos.map("nodes", new java.util.ArrayList<>(List.of(Ricos.paragraph(id, texts))),
        "metadata", Ricos.map("version", 1));
  }
}
