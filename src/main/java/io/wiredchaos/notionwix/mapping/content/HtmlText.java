package io.wiredchaos.notionwix.mapping.content;

import java.util.List;
import java.util.Map;

/**
 * Ricos TEXT runs as inline HTML of the RICH_TEXT subset (wix.md §5.6): BOLD → strong, ITALIC → em,
 * UNDERLINE → u, strikethrough and colours → span style, LINK → a, line breaks → br. ANCHOR and FONT_FAMILY
 * have no place in the subset and are left out (the text stays).
 */
final class HtmlText {

  private HtmlText() {}

  @SuppressWarnings("unchecked")
  static void runs(List<Map<String, Object>> texts, StringBuilder out) {
    for (Map<String, Object> node : texts) {
      if (!(node.get("textData") instanceof Map<?, ?> raw)) {
        continue;
      }
      Map<String, Object> data = (Map<String, Object>) raw;
      String text = data.get("text") instanceof String s ? s : "";
      List<Map<String, Object>> decorations =
          data.get("decorations") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
      StringBuilder open = new StringBuilder();
      StringBuilder close = new StringBuilder();
      StringBuilder style = new StringBuilder();
      for (Map<String, Object> d : decorations) {
        switch (String.valueOf(d.get("type"))) {
          case "BOLD" -> tag("strong", open, close);
          case "ITALIC" -> tag("em", open, close);
          case "UNDERLINE" -> tag("u", open, close);
          case "STRIKETHROUGH" -> style.append("text-decoration:line-through;");
          case "COLOR" -> color((Map<String, Object>) d.get("colorData"), style);
          case "LINK" -> link((Map<String, Object>) ((Map<String, Object>) d.get("linkData")).get("link"), open, close);
          default -> { }
        }
      }
      if (!style.isEmpty()) {
        open.append("<span style=\"").append(style, 0, style.length() - 1).append("\">");
        close.insert(0, "</span>");
      }
      out.append(open).append(escape(text).replace("\n", "<br>")).append(close);
    }
  }

  private static void tag(String name, StringBuilder open, StringBuilder close) {
    open.append('<').append(name).append('>');
    close.insert(0, "</" + name + ">");
  }

  private static void color(Map<String, Object> colorData, StringBuilder style) {
    if (colorData == null) {
      return;
    }
    if (colorData.get("foreground") != null) {
      style.append("color:").append(colorData.get("foreground")).append(';');
    }
    if (colorData.get("background") != null) {
      style.append("background-color:").append(colorData.get("background")).append(';');
    }
  }

  private static void link(Map<String, Object> link, StringBuilder open, StringBuilder close) {
    if (link == null || !(link.get("url") instanceof String url)) {
      return;
    }
    open.append("<a href=\"").append(escape(url)).append('"');
    if ("BLANK".equals(link.get("target"))) {
      open.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
    }
    open.append('>');
    close.insert(0, "</a>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
