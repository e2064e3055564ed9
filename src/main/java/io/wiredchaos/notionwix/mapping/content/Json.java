package io.wiredchaos.notionwix.mapping.content;

import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Null-tolerant reads of Notion JSON. Notion payloads may lack fields, carry nulls or (for types we do not
 * know) anything at all; Jackson 3's {@code asString()} throws on containers, so every read goes through here.
 */
public final class Json {

  private Json() {}

  /** The node, or a missing node for Java null. */
  public static JsonNode of(JsonNode node) {
    return node == null ? MissingNode.getInstance() : node;
  }

  /** A child by name; missing (never null) when absent or when {@code node} is not an object. */
  public static JsonNode at(JsonNode node, String... path) {
    JsonNode current = of(node);
    for (String name : path) {
      current = current.isObject() ? of(current.get(name)) : MissingNode.getInstance();
    }
    return current;
  }

  /** Scalar text (strings, numbers, booleans), or null for null, missing and containers. */
  public static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    return node.isNull() || node.isMissingNode() || node.isContainer() ? null : node.asString();
  }

  public static String text(JsonNode node, String... path) {
    return text(at(node, path));
  }

  /** Non-blank scalar text or null. */
  public static String nonBlank(JsonNode node, String... path) {
    String value = text(at(node, path));
    return value == null || value.isBlank() ? null : value;
  }

  public static boolean bool(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isBoolean() && value.booleanValue();
  }

  /**
   * Array elements, or empty for anything that is not an array: a read-only view of the array's own list
   * (no copy; Notion trees are not changed while they are mapped).
   */
  public static List<JsonNode> array(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (!value.isArray()) {
      return List.of();
    }
    return value.values() instanceof List<JsonNode> list ? Collections.unmodifiableList(list)
        : List.copyOf(value.values());
  }
}
