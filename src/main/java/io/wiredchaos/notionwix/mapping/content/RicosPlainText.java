package io.wiredchaos.notionwix.mapping.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain text of a Ricos document or node: TEXT content, one line per text block (paragraph, heading, code
 * block, caption), so that search and excerpt fields read naturally.
 */
public final class RicosPlainText {

  private static final Set<String> LINE_BLOCKS = Set.of("PARAGRAPH", "HEADING", "CODE_BLOCK", "CAPTION");

  private final StringBuilder out = new StringBuilder();
  /** Non-whitespace chars still wanted before the walk may stop. */
  private long wanted;

  private RicosPlainText(long wanted) {
    this.wanted = wanted;
  }

  /** Plain text of a document ({@code {nodes:[…]}}) or of a single node. */
  public static String of(Map<String, Object> documentOrNode) {
    return head(documentOrNode, Long.MAX_VALUE);
  }

  /**
   * The beginning of {@link #of}: the whole text when it has fewer than {@code nonWhitespace} non-whitespace
   * chars ({@link Character#isWhitespace}), else a prefix of the text before stripping that holds at least that
   * many, read without walking the rest of the document (an excerpt needs a few hundred chars of a body that
   * can be hundreds of kilobytes).
   */
  public static String head(Map<String, Object> documentOrNode, long nonWhitespace) {
    RicosPlainText text = new RicosPlainText(nonWhitespace);
    text.append(documentOrNode);
    return text.wanted > 0 ? text.out.toString().strip() : text.out.toString();
  }

  @SuppressWarnings("unchecked")
  private void append(Map<String, Object> node) {
    Object type = node.get("type");
    if ("TEXT".equals(type) && node.get("textData") instanceof Map<?, ?> data
        && data.get("text") instanceof String text) {
      out.append(text);
      count(text);
      return;
    }
    if (node.get("nodes") instanceof List<?> children) {
      for (Object child : children) {
        if (wanted <= 0) {
          return;
        }
        if (child instanceof Map<?, ?> map) {
          append((Map<String, Object>) map);
        }
      }
    }
    if (type != null && LINE_BLOCKS.contains(type) && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private void count(String text) {
    if (wanted == Long.MAX_VALUE) {
      return;
    }
    for (int i = 0; i < text.length() && wanted > 0; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f || !Character.isWhitespace(c)) {
        wanted--;
      }
    }
  }
}
