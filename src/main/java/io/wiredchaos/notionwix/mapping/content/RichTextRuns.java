package io.wiredchaos.notionwix.mapping.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Notion rich text (notion.md §4.3) into Ricos TEXT nodes (wix.md §5.3): one node per run of identical
 * decorations, adjacent segments with equal decorations merged, runs over {@link Ricos#MAX_TEXT} split at
 * code-point boundaries. Empty segments are dropped (TEXT needs minLength 1).
 */
final class RichTextRuns {

  private RichTextRuns() {}

  /**
   * @param blockColor the block's {@code color}; applies to segments whose own colour is {@code default}
   * @param extra decorations added to every run (e.g. monospace for code), placed before the link
   */
  static List<Map<String, Object>> texts(
      JsonNode richText, String parentId, String blockId, String blockColor,
      List<Map<String, Object>> extra, ContentContext ctx) {
    List<String> texts = new ArrayList<>();
    List<List<Map<String, Object>>> styles = new ArrayList<>();
    for (JsonNode segment : Json.array(richText)) {
      String text = segmentText(segment);
      if (text == null || text.isEmpty()) {
        continue;
      }
      List<Map<String, Object>> decorations = Decorations.of(segment, blockColor, extra, blockId, ctx);
      int last = texts.size() - 1;
      if (last >= 0 && Objects.equals(styles.get(last), decorations)) {
        texts.set(last, texts.get(last) + text);
      } else {
        texts.add(text);
        styles.add(decorations);
      }
    }
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      List<String> chunks = split(texts.get(i), Ricos.MAX_TEXT);
      for (int c = 0; c < chunks.size(); c++) {
        // styles are fresh lists from Decorations.of: the last chunk takes the list itself, the others a copy
        List<Map<String, Object>> style = c == chunks.size() - 1 ? styles.get(i) : new ArrayList<>(styles.get(i));
        nodes.add(Ricos.ownText(parentId + "-t" + nodes.size(), chunks.get(c), style));
      }
    }
    return nodes;
  }

  /** Plain text of a rich-text array: the concatenated {@code plain_text} (notion.md §4.3 rendering rule). */
  static String plain(JsonNode richText) {
    StringBuilder out = new StringBuilder();
    for (JsonNode segment : Json.array(richText)) {
      String text = segmentText(segment);
      if (text != null) {
        out.append(text);
      }
    }
    return out.toString();
  }

  private static String segmentText(JsonNode segment) {
    String plain = Json.text(segment, "plain_text");
    if (plain != null) {
      return plain;
    }
    String content = Json.text(segment, "text", "content");
    return content != null ? content : Json.text(segment, "equation", "expression");
  }

  /** Pieces of at most {@code max} chars, never splitting a surrogate pair. */
  static List<String> split(String text, int max) {
    if (text.length() <= max) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + max);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }
}
