package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.ConversionWarning;
import io.wiredchaos.notionwix.mapping.MediaRef;
import java.util.List;
import java.util.Map;

/**
 * A converted page body.
 *
 * @param document the Ricos document {@code {nodes, metadata:{version:1}}} as plain maps and lists
 * @param warnings what could not be reproduced exactly
 * @param media Notion-hosted files referenced by placeholder in {@code document}
 */
public record RicosBody(Map<String, Object> document, List<ConversionWarning> warnings, List<MediaRef> media) {

  public RicosBody {
    warnings = List.copyOf(warnings);
    media = List.copyOf(media);
  }

  /** Plain text of the document (for search and excerpt fields). */
  public String plainText() {
    return RicosPlainText.of(document);
  }

  /** The start of {@link #plainText} (see {@link RicosPlainText#head}). */
  public String plainTextHead(int nonWhitespace) {
    return RicosPlainText.head(document, nonWhitespace);
  }

  /** The document in Wix's RICH_TEXT HTML subset (wix.md §5.6). */
  public String html() {
    return RicosHtml.of(document);
  }
}
