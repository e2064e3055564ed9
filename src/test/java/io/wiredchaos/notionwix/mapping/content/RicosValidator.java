package io.wiredchaos.notionwix.mapping.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structural rules of a Ricos document (wix.md §5.1–5.3), as the sandbox and Wix enforce them: node ids,
 * allowed children per node, TEXT only under text blocks, list/quote/table/collapsible shapes, media sources,
 * decorations unique per TEXT and well-formed, anchors pointing at existing nodes, no Notion URLs.
 */
public final class RicosValidator {

  private static final Pattern ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*$");
  private static final Set<String> TEXT_PARENTS = Set.of("PARAGRAPH", "HEADING", "CODE_BLOCK", "CAPTION");
  private static final Set<String> NOT_AT_ROOT = Set.of("TEXT", "LIST_ITEM", "TABLE_ROW", "TABLE_CELL", "CAPTION",
      "COLLAPSIBLE_ITEM", "COLLAPSIBLE_ITEM_TITLE", "COLLAPSIBLE_ITEM_BODY");
  private static final Set<String> KNOWN = Set.of("PARAGRAPH", "HEADING", "TEXT", "BULLETED_LIST", "ORDERED_LIST",
      "LIST_ITEM", "BLOCKQUOTE", "CODE_BLOCK", "DIVIDER", "IMAGE", "CAPTION", "TABLE", "TABLE_ROW", "TABLE_CELL",
      "COLLAPSIBLE_LIST", "COLLAPSIBLE_ITEM", "COLLAPSIBLE_ITEM_TITLE", "COLLAPSIBLE_ITEM_BODY", "VIDEO", "AUDIO",
      "FILE");
  private static final Set<String> LIST_ITEM_FIRST = Set.of("PARAGRAPH", "HEADING", "IMAGE", "VIDEO", "GIF", "GALLERY");
  private static final Set<String> LIST_ITEM_REST =
      Set.of("PARAGRAPH", "BULLETED_LIST", "ORDERED_LIST", "HEADING", "IMAGE", "VIDEO", "GIF", "GALLERY");
  private static final Set<String> TITLE_CHILD =
      Set.of("PARAGRAPH", "HEADING", "BULLETED_LIST", "ORDERED_LIST", "BLOCKQUOTE", "CODE_BLOCK");
  private static final Map<String, String> DECORATION_DATA = Map.ofEntries(
      Map.entry("BOLD", "fontWeightValue"), Map.entry("ITALIC", "italicData"),
      Map.entry("UNDERLINE", "underlineData"), Map.entry("STRIKETHROUGH", "strikethroughData"),
      Map.entry("LINK", "linkData"), Map.entry("ANCHOR", "anchorData"), Map.entry("COLOR", "colorData"),
      Map.entry("FONT_SIZE", "fontSizeData"), Map.entry("FONT_FAMILY", "fontFamilyData"),
      Map.entry("SUPERSCRIPT", "superscriptData"), Map.entry("SUBSCRIPT", "subscriptData"));

  private final List<String> violations = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<String> anchors = new ArrayList<>();

  private RicosValidator() {}

  /** All violations of the document; empty when valid. */
  public static List<String> violations(Map<String, Object> document) {
    RicosValidator v = new RicosValidator();
    if (!(document.get("nodes") instanceof List<?>)) {
      v.violations.add("document has no nodes array");
      return v.violations;
    }
    for (Map<String, Object> node : Ricos.children(document)) {
      if (NOT_AT_ROOT.contains(String.valueOf(node.get("type")))) {
        v.violations.add(node.get("id") + ": " + node.get("type") + " not allowed at document level");
      }
      v.node(node, "ROOT");
    }
    for (String anchor : v.anchors) {
      if (!v.ids.contains(anchor)) {
        v.violations.add("ANCHOR to missing node " + anchor);
      }
    }
    if (SyncJson.of(document).contains("X-Amz-")) {
      v.violations.add("document contains a signed Notion URL");
    }
    return v.violations;
  }

  private void node(Map<String, Object> node, String parent) {
    String type = String.valueOf(node.get("type"));
    String id = node.get("id") instanceof String s ? s : null;
    String at = id + " (" + type + ")";
    if (!KNOWN.contains(type)) {
      fail(at, "unknown node type");
    }
    if (id == null || !ID.matcher(id).matches()) {
      fail(at, "bad id");
    } else if (!ids.add(id)) {
      fail(at, "duplicate id");
    }
    if (!(node.get("nodes") instanceof List<?>)) {
      fail(at, "nodes array missing");
    }
    List<Map<String, Object>> children = Ricos.children(node);
    List<String> childTypes = children.stream().map(c -> String.valueOf(c.get("type"))).toList();
    switch (type) {
      case "TEXT" -> text(node, parent, at);
      case "PARAGRAPH", "CODE_BLOCK", "CAPTION" -> onlyText(childTypes, at);
      case "HEADING" -> {
        onlyText(childTypes, at);
        Object level = data(node, "headingData").get("level");
        if (!(level instanceof Integer l) || l < 1 || l > 6) {
          fail(at, "heading level must be 1..6");
        }
      }
      case "BULLETED_LIST", "ORDERED_LIST" -> all(childTypes, Set.of("LIST_ITEM"), 1, at);
      case "LIST_ITEM" -> {
        if (!parent.endsWith("_LIST") || parent.startsWith("COLLAPSIBLE")) {
          fail(at, "LIST_ITEM outside a list");
        }
        if (childTypes.isEmpty() || !LIST_ITEM_FIRST.contains(childTypes.getFirst())) {
          fail(at, "LIST_ITEM must start with PARAGRAPH/HEADING/IMAGE/VIDEO/GIF/GALLERY: " + childTypes);
        }
        all(childTypes, LIST_ITEM_REST, 1, at);
      }
      case "BLOCKQUOTE" -> {
        if (!childTypes.equals(List.of("PARAGRAPH"))) {
          fail(at, "BLOCKQUOTE needs exactly one PARAGRAPH: " + childTypes);
        }
      }
      case "DIVIDER", "VIDEO", "AUDIO", "FILE" -> {
        all(childTypes, Set.of(), 0, at);
        if (!type.equals("DIVIDER")) {
          Map<String, Object> data = data(node, type.toLowerCase() + "Data");
          source(type.equals("FILE") ? data.get("src") : map(data.get(type.toLowerCase())).get("src"), at);
        }
      }
      case "IMAGE" -> {
        all(childTypes, Set.of("CAPTION"), 0, at);
        source(map(data(node, "imageData").get("image")).get("src"), at);
      }
      case "TABLE" -> table(node, children, childTypes, at);
      case "TABLE_ROW" -> all(childTypes, Set.of("TABLE_CELL"), 1, at);
      case "TABLE_CELL" -> {
        if (children.isEmpty() || childTypes.contains("TEXT")) {
          fail(at, "TABLE_CELL needs ≥1 block and no bare TEXT");
        }
      }
      case "COLLAPSIBLE_LIST" -> all(childTypes, Set.of("COLLAPSIBLE_ITEM"), 1, at);
      case "COLLAPSIBLE_ITEM" -> {
        if (!childTypes.equals(List.of("COLLAPSIBLE_ITEM_TITLE", "COLLAPSIBLE_ITEM_BODY"))) {
          fail(at, "COLLAPSIBLE_ITEM must be [TITLE, BODY]: " + childTypes);
        }
      }
      case "COLLAPSIBLE_ITEM_TITLE" -> {
        if (childTypes.size() != 1 || !TITLE_CHILD.contains(childTypes.getFirst())) {
          fail(at, "title needs exactly one PARAGRAPH/HEADING/list/BLOCKQUOTE/CODE_BLOCK: " + childTypes);
        }
      }
      case "COLLAPSIBLE_ITEM_BODY" -> {
        if (children.isEmpty() || childTypes.contains("TEXT")) {
          fail(at, "body needs ≥1 block");
        }
      }
      default -> { }
    }
    children.forEach(child -> node(child, type));
  }

  private void text(Map<String, Object> node, String parent, String at) {
    if (!TEXT_PARENTS.contains(parent)) {
      fail(at, "TEXT under " + parent);
    }
    Map<String, Object> data = data(node, "textData");
    if (!(data.get("text") instanceof String s) || s.isEmpty()) {
      fail(at, "TEXT must be non-empty");
    } else if (s.length() > Ricos.MAX_TEXT) {
      fail(at, "TEXT longer than " + Ricos.MAX_TEXT);
    }
    Set<String> seen = new HashSet<>();
    for (Object d : data.get("decorations") instanceof List<?> l ? l : List.of()) {
      Map<String, Object> decoration = map(d);
      String type = String.valueOf(decoration.get("type"));
      if (!seen.add(type)) {
        fail(at, "decoration " + type + " twice");
      }
      String key = DECORATION_DATA.get(type);
      if (key == null || !decoration.containsKey(key)) {
        fail(at, "bad decoration " + decoration);
      } else if (type.equals("LINK")) {
        Map<String, Object> link = map(map(decoration.get("linkData")).get("link"));
        if (link.containsKey("url") == link.containsKey("anchor")) {
          fail(at, "link needs exactly one of url/anchor");
        }
      } else if (type.equals("ANCHOR")) {
        anchors.add(String.valueOf(map(decoration.get("anchorData")).get("anchor")));
      } else if (type.equals("COLOR")) {
        map(decoration.get("colorData")).values().forEach(c -> {
          if (!String.valueOf(c).matches("#[0-9A-Fa-f]{6}")) {
            fail(at, "colour " + c + " is not #RRGGBB");
          }
        });
      }
    }
  }

  private void table(Map<String, Object> node, List<Map<String, Object>> rows, List<String> types, String at) {
    all(types, Set.of("TABLE_ROW"), 1, at);
    Object ratio = map(data(node, "tableData").get("dimensions")).get("colsWidthRatio");
    int cols = ratio instanceof List<?> l ? l.size() : -1;
    for (Map<String, Object> row : rows) {
      if (Ricos.children(row).size() != cols) {
        fail(at, "row " + row.get("id") + " has " + Ricos.children(row).size() + " cells, table has " + cols);
      }
    }
  }

  private void source(Object src, String at) {
    Map<String, Object> s = map(src);
    if (s.containsKey("url") == s.containsKey("id")) {
      fail(at, "media src needs exactly one of url/id: " + src);
    }
  }

  private void onlyText(List<String> types, String at) {
    all(types, Set.of("TEXT"), 0, at);
  }

  private void all(List<String> types, Set<String> allowed, int min, String at) {
    if (types.size() < min) {
      fail(at, "needs at least " + min + " children");
    }
    types.stream().filter(t -> !allowed.contains(t)).forEach(t -> fail(at, t + " not allowed as child"));
  }

  private void fail(String at, String message) {
    violations.add(at + ": " + message);
  }

  private static Map<String, Object> data(Map<String, Object> node, String key) {
    return map(node.get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
