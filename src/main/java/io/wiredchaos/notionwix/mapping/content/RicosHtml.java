package io.wiredchaos.notionwix.mapping.content;

import java.util.List;
import java.util.Map;

/**
 * A Ricos document rendered in Wix's RICH_TEXT HTML subset (wix.md §5.6): only {@code p, h1–h6, a, span,
 * strong, em, u, ul, ol, li, br} with {@code style}/{@code href}/{@code target}/{@code rel}. What the subset
 * cannot hold degrades visibly: quotes and callouts become indented paragraphs, code keeps its line breaks,
 * table rows become paragraphs with cells separated by " | ", media show their caption; images are left out.
 */
public final class RicosHtml {

  private RicosHtml() {}

  public static String of(Map<String, Object> document) {
    StringBuilder out = new StringBuilder();
    blocks(Ricos.children(document), out);
    return out.toString();
  }

  private static void blocks(List<Map<String, Object>> nodes, StringBuilder out) {
    for (Map<String, Object> node : nodes) {
      block(node, out);
    }
  }

  private static void block(Map<String, Object> node, StringBuilder out) {
    List<Map<String, Object>> children = Ricos.children(node);
    switch (String.valueOf(node.get("type"))) {
      case "PARAGRAPH" -> element("p", indentStyle(node, "paragraphData"), children, out);
      case "HEADING" -> element("h" + level(node), indentStyle(node, "headingData"), children, out);
      case "CODE_BLOCK" -> element("p", "", children, out);
      case "BULLETED_LIST" -> wrap("ul", children, out);
      case "ORDERED_LIST" -> wrap("ol", children, out);
      case "LIST_ITEM" -> {
        out.append("<li>");
        for (Map<String, Object> child : children) {
          if ("PARAGRAPH".equals(child.get("type")) || "HEADING".equals(child.get("type"))) {
            HtmlText.runs(Ricos.children(child), out);
          } else {
            block(child, out);
          }
        }
        out.append("</li>");
      }
      case "BLOCKQUOTE" -> {
        for (Map<String, Object> child : children) {
          element("p", " style=\"margin-left:40px\"", Ricos.children(child), out);
        }
      }
      case "TABLE_ROW" -> {
        out.append("<p>");
        for (int i = 0; i < children.size(); i++) {
          out.append(i == 0 ? "" : " | ");
          HtmlText.runs(RicosText.texts(children.get(i)), out);
        }
        out.append("</p>");
      }
      case "IMAGE" -> children.forEach(caption -> element("p", "", Ricos.children(caption), out));
      default -> blocks(children, out);
    }
  }

  private static void element(String tag, String attrs, List<Map<String, Object>> texts, StringBuilder out) {
    out.append('<').append(tag).append(attrs).append('>');
    HtmlText.runs(texts, out);
    out.append("</").append(tag).append('>');
  }

  private static void wrap(String tag, List<Map<String, Object>> items, StringBuilder out) {
    out.append('<').append(tag).append('>');
    blocks(items, out);
    out.append("</").append(tag).append('>');
  }

  @SuppressWarnings("unchecked")
  private static int level(Map<String, Object> node) {
    Object data = node.get("headingData");
    return data instanceof Map<?, ?> map && ((Map<String, Object>) map).get("level") instanceof Integer l
        ? Math.min(6, Math.max(1, l)) : 2;
  }

  @SuppressWarnings("unchecked")
  private static String indentStyle(Map<String, Object> node, String dataKey) {
    Object data = node.get(dataKey);
    if (data instanceof Map<?, ?> map && ((Map<String, Object>) map).get("indentation") instanceof Integer i && i > 0) {
      return " style=\"margin-left:" + (i * 40) + "px\"";
    }
    return "";
  }
}
