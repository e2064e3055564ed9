package io.wiredchaos.notionwix.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's own check of Ricos documents, as Wix enforces them (wix.md §5.2 nesting, §5.3 decorations):
 * returns the first violation, or empty for a valid document.
 */
final class RicosRules {

  private static final Set<String> TEXT_PARENTS = Set.of("PARAGRAPH", "HEADING", "CODE_BLOCK", "CAPTION");
  private static final Set<String> LIST_ITEM_FIRST = Set.of("PARAGRAPH", "HEADING", "IMAGE", "VIDEO", "GIF",
      "GALLERY");
  private static final Map<String, Set<String>> ONLY_CHILDREN = Map.of(
      "PARAGRAPH", Set.of("TEXT"), "HEADING", Set.of("TEXT"), "CODE_BLOCK", Set.of("TEXT"),
      "CAPTION", Set.of("TEXT"), "BULLETED_LIST", Set.of("LIST_ITEM"), "ORDERED_LIST", Set.of("LIST_ITEM"),
      "TABLE", Set.of("TABLE_ROW"), "TABLE_ROW", Set.of("TABLE_CELL"), "COLLAPSIBLE_LIST", Set.of("COLLAPSIBLE_ITEM"),
      "IMAGE", Set.of("CAPTION"));
  private static final Set<String> KNOWN = Set.of("PARAGRAPH", "TEXT", "HEADING", "BULLETED_LIST", "ORDERED_LIST",
      "LIST_ITEM", "BLOCKQUOTE", "CODE_BLOCK", "VIDEO", "DIVIDER", "FILE", "GALLERY", "GIF", "HTML", "IMAGE",
      "LINK_PREVIEW", "MAP", "POLL", "APP_EMBED", "BUTTON", "COLLAPSIBLE_LIST", "COLLAPSIBLE_ITEM",
      "COLLAPSIBLE_ITEM_TITLE", "COLLAPSIBLE_ITEM_BODY", "TABLE", "TABLE_ROW", "TABLE_CELL", "EMBED", "EXTERNAL",
      "AUDIO", "CAPTION", "LAYOUT", "LAYOUT_CELL", "SHAPE", "CARD", "TOC", "CHECKBOX_LIST");

  private RicosRules() {}

  static Optional<String> violation(JsonNode document) {
    if (!document.isObject() || !document.path("nodes").isArray()) {
      return Optional.of("a rich-content value must be an object with a nodes array");
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode node : document.path("nodes")) {
      Optional<String> problem = check(node, "ROOT", ids);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> check(JsonNode node, String parent, Set<String> ids) {
    String type = node.path("type").asString("");
    String id = node.path("id").asString("");
    if (!KNOWN.contains(type)) {
      return Optional.of("unknown node type \"" + type + "\"");
    }
    if (type.equals("TEXT")) {
      return text(node, parent);
    }
    if (id.isEmpty() || !ids.add(id)) {
      return Optional.of(type + " node needs a unique non-empty id (got \"" + id + "\")");
    }
    List<JsonNode> children = node.path("nodes").valueStream().toList();
    Set<String> allowed = ONLY_CHILDREN.get(type);
    for (JsonNode child : children) {
      String childType = child.path("type").asString("");
      if (allowed != null && !allowed.contains(childType)) {
        return Optional.of(childType + " is not allowed inside " + type);
      }
    }
    Optional<String> shape = shape(type, children);
    if (shape.isPresent()) {
      return shape;
    }
    for (JsonNode child : children) {
      Optional<String> problem = check(child, type, ids);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> shape(String type, List<JsonNode> children) {
    String first = children.isEmpty() ? "" : children.getFirst().path("type").asString("");
    return switch (type) {
      case "BULLETED_LIST", "ORDERED_LIST", "TABLE", "COLLAPSIBLE_LIST", "TABLE_CELL", "COLLAPSIBLE_ITEM_BODY" ->
          children.isEmpty() ? Optional.of(type + " needs at least one child") : Optional.empty();
      case "LIST_ITEM" -> LIST_ITEM_FIRST.contains(first) ? Optional.empty()
          : Optional.of("LIST_ITEM must start with a PARAGRAPH, HEADING or media node, not " + first);
      case "BLOCKQUOTE" -> children.size() == 1 && first.equals("PARAGRAPH") ? Optional.empty()
          : Optional.of("BLOCKQUOTE must hold exactly one PARAGRAPH");
      case "COLLAPSIBLE_ITEM" -> children.size() == 2 && first.equals("COLLAPSIBLE_ITEM_TITLE")
          && children.get(1).path("type").asString("").equals("COLLAPSIBLE_ITEM_BODY") ? Optional.empty()
          : Optional.of("COLLAPSIBLE_ITEM must hold a title then a body");
      default -> Optional.empty();
    };
  }

  private static Optional<String> text(JsonNode node, String parent) {
    if (!TEXT_PARENTS.contains(parent)) {
      return Optional.of("TEXT is not allowed inside " + parent);
    }
    if (node.path("textData").path("text").asString("").isEmpty()) {
      return Optional.of("TEXT nodes need non-empty text");
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode decoration : node.path("textData").path("decorations")) {
      if (!seen.add(decoration.path("type").asString(""))) {
        return Optional.of("decoration " + decoration.path("type").asString("") + " appears twice");
      }
    }
    return Optional.empty();
  }
}
