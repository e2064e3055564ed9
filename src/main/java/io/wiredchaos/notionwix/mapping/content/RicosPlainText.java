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

  private RicosPlainText() {}

  /** Plain text of a document ({@code {nodes:[…]}}) or of a single node. */
  public static String of(Map<String, Object> documentOrNode) {
    StringBuilder out = new StringBuilder();
    append(documentOrNode, out);
    return out.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private static void append(Map<String, Object> node, StringBuilder out) {
    Object type = node.get("type");
    if ("TEXT".equals(type) && node.get("textData") instanceof Map<?, ?> data
        && data.get("text") instanceof String text) {
      out.append(text);
      return;
    }
    if (node.get("nodes") instanceof List<?> children) {
      for (Object child : children) {
        if (child instanceof Map<?, ?> map) {
          append((Map<String, Object>) map, out);
        }
      }
    }
    if (type != null && LINE_BLOCKS.contains(type) && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
