package io.wiredchaos.notionwix.mapping.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builders for Ricos nodes as plain maps (wix.md §5.1: {@code {type, id, nodes, <type>Data}}). Keys keep a
 * fixed insertion order so that output is byte-identical across runs ({@link OrderedMap}).
 */
public final class Ricos {

  /** A TEXT node holds at most this many chars; longer runs become several siblings (never cut). */
  public static final int MAX_TEXT = 2000;

  private Ricos() {}

  public static Map<String, Object> node(String type, String id, List<Map<String, Object>> children) {
    NodeIdRecord.note(id);
    OrderedMap node = new OrderedMap(4);
    node.append("type", type);
    node.append("id", id);
    node.append("nodes", new ArrayList<>(children));
    return node;
  }

  public static Map<String, Object> node(
      String type, String id, List<Map<String, Object>> children, String dataKey, Map<String, Object> data) {
    Map<String, Object> node = node(type, id, children);
    node.put(dataKey, data);
    return node;
  }

  public static Map<String, Object> text(String id, String text, List<Map<String, Object>> decorations) {
    return ownText(id, text, new ArrayList<>(decorations));
  }

  /** As {@link #text}, keeping {@code decorations} itself: a fresh mutable list that the caller lets go of. */
  static Map<String, Object> ownText(String id, String text, List<Map<String, Object>> decorations) {
    OrderedMap data = new OrderedMap(2);
    data.append("text", text);
    data.append("decorations", decorations);
    return node("TEXT", id, List.of(), "textData", data);
  }

  /**
   * TEXT nodes {@code idPrefix-t0, -t1…} holding {@code text} split at {@link #MAX_TEXT}; none for empty text.
   */
  public static List<Map<String, Object>> texts(String idPrefix, String text, List<Map<String, Object>> decorations) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String chunk : RichTextRuns.split(text, MAX_TEXT)) {
      out.add(text(idPrefix + "-t" + out.size(), chunk, decorations));
    }
    return out;
  }

  /** PARAGRAPH with {@code paragraphData: {}} (the default alignment; Wix's own fixture writes it this way). */
  public static Map<String, Object> paragraph(String id, List<Map<String, Object>> texts) {
    return node("PARAGRAPH", id, texts, "paragraphData", new OrderedMap(1));
  }

  public static Map<String, Object> heading(String id, int level, List<Map<String, Object>> texts) {
    Map<String, Object> data = textStyle();
    data.put("level", level);
    return node("HEADING", id, texts, "headingData", data);
  }

  /** {@code {textStyle:{textAlignment:AUTO}}}, the shape Wix's own fixture uses. */
  public static Map<String, Object> textStyle() {
    return map("textStyle", map("textAlignment", "AUTO"));
  }

  /** {@code containerData} for plugin nodes (wix.md §5.2 PluginContainerData). */
  public static Map<String, Object> container() {
    return map("width", map("size", "CONTENT"), "alignment", "CENTER", "textWrap", true);
  }

  /** An ordered map from alternating keys and values; null values are left out. */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new OrderedMap(keysAndValues.length / 2);
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> children(Map<String, Object> node) {
    Object nodes = node.get("nodes");
    return nodes instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }
}
