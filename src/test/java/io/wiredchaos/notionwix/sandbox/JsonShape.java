package io.wiredchaos.notionwix.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the shape of an example payload with an actual one: every key the example has must be present with the
 * same JSON type, recursively. Null on either side matches anything, and a key whose example value is null may be
 * absent (a nullable field). Only a top-level {@code results} list must have elements to compare. Array elements are matched
 * by their {@code type} discriminator against what all example elements of that type have in common (or, for a
 * type the example lacks, against what all its elements have in common). Objects under a key named
 * {@code properties} are maps keyed by user-chosen names (Notion properties): their values are matched by
 * {@code type} the same way.
 */
final class JsonShape {

  private JsonShape() {}

  /** Paths like {@code results[].properties{}.date.start} with what is wrong there; empty when the shapes agree. */
  static List<String> mismatches(JsonNode example, JsonNode actual, Set<String> absentAllowed) {
    List<String> out = new ArrayList<>();
    compare("$", example, actual, absentAllowed, out);
    return out.stream().distinct().toList();
  }

  private static void compare(String path, JsonNode e, JsonNode a, Set<String> allowed, List<String> out) {
    if (e == null || a == null || e.isNull() || a.isNull()) {
      return;
    }
    if (!kind(e).equals(kind(a))) {
      out.add(path + ": example has " + kind(e) + ", sandbox gave " + kind(a));
    } else if (e.isObject() && path.endsWith(".properties") && isMap(e)) {
      for (JsonNode value : a) {
        compare(path + "{}", common(group(e, value)), value, allowed, out);
      }
    } else if (e.isObject()) {
      for (var entry : e.properties()) {
        String child = path + "." + entry.getKey();
        if (a.has(entry.getKey())) {
          compare(child, entry.getValue(), a.get(entry.getKey()), allowed, out);
        } else if (!entry.getValue().isNull() && !allowed.contains(child)) {
          out.add(child + ": missing");
        }
      }
    } else if (e.isArray() && !e.isEmpty()) {
      if (a.isEmpty() && path.equals("$.results") && !allowed.contains(path + "[]")) {
        out.add(path + "[]: sandbox gave no elements to compare");
      }
      for (JsonNode element : a) {
        compare(path + "[]", common(group(e, element)), element, allowed, out);
      }
    }
  }

  private static boolean isMap(JsonNode object) {
    for (JsonNode value : object) {
      if (!value.isObject() || !value.has("type")) {
        return false;
      }
    }
    return true;
  }

  /** The example elements of {@code element}'s type, or all of them when none has it. */
  private static List<JsonNode> group(JsonNode examples, JsonNode element) {
    List<JsonNode> all = new ArrayList<>();
    examples.forEach(all::add);
    List<JsonNode> same = all.stream().filter(x -> discriminator(x).equals(discriminator(element))).toList();
    return same.isEmpty() ? all : same;
  }

  private static String discriminator(JsonNode node) {
    return node.isObject() && node.path("type").isString() ? node.path("type").asString() : "*";
  }

  /** What all {@code nodes} have in common: shared keys, recursively; conflicting types become null (anything). */
  static JsonNode common(List<JsonNode> nodes) {
    JsonNode result = null;
    for (JsonNode node : nodes) {
      result = result == null ? node : intersect(result, node);
    }
    return result;
  }

  private static JsonNode intersect(JsonNode x, JsonNode y) {
    if (x.isNull() || y.isNull() || !kind(x).equals(kind(y))) {
      return NullNode.instance;
    }
    if (x.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      Map<String, JsonNode> shared = new LinkedHashMap<>();
      x.properties().forEach(entry -> {
        if (y.has(entry.getKey())) {
          shared.put(entry.getKey(), intersect(entry.getValue(), y.get(entry.getKey())));
        }
      });
      shared.forEach(out::set);
      return out;
    }
    if (x.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      out.addAll((ArrayNode) x);
      out.addAll((ArrayNode) y);
      return out;
    }
    return x;
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    return node.isString() ? "string" : node.getNodeType().toString();
  }
}
