package io.wiredchaos.notionwix.sandbox;

import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Wix API Query Language subset of wix.md §2.5: {@code {field: value}} is equality; operators {@code $eq $ne
 * $lt $lte $gt $gte $in $hasSome $hasAll $startsWith $endsWith $contains $exists}; logical {@code $and $or $not}.
 * A {@code {"$date": …}} object is a value, compared by its ISO string. Sorts are {@code [{fieldName, order}]}.
 */
final class WixFilter {

  private WixFilter() {}

  static boolean matches(ObjectNode item, JsonNode filter) {
    if (filter == null || filter.isMissingNode() || filter.isNull()) {
      return true;
    }
    for (var entry : filter.properties()) {
      String key = entry.getKey();
      JsonNode condition = entry.getValue();
      boolean ok = switch (key) {
        case "$and" -> all(item, condition);
        case "$or" -> any(item, condition);
        case "$not" -> !(condition.isArray() ? all(item, condition) : matches(item, condition));
        default -> field(item.get(key), condition);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean all(ObjectNode item, JsonNode filters) {
    for (JsonNode f : filters) {
      if (!matches(item, f)) {
        return false;
      }
    }
    return true;
  }

  private static boolean any(ObjectNode item, JsonNode filters) {
    for (JsonNode f : filters) {
      if (matches(item, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean field(JsonNode raw, JsonNode condition) {
    JsonNode value = value(raw);
    if (!isOperator(condition)) {
      return same(value, value(condition));
    }
    for (var op : condition.properties()) {
      JsonNode arg = value(op.getValue());
      if (!operator(op.getKey(), value, arg)) {
        return false;
      }
    }
    return true;
  }

  private static boolean operator(String op, JsonNode value, JsonNode arg) {
    return switch (op) {
      case "$eq" -> same(value, arg);
      case "$ne" -> !same(value, arg);
      case "$lt" -> !value.isNull() && compare(value, arg) < 0;
      case "$lte" -> !value.isNull() && compare(value, arg) <= 0;
      case "$gt" -> !value.isNull() && compare(value, arg) > 0;
      case "$gte" -> !value.isNull() && compare(value, arg) >= 0;
      case "$in" -> contains(arg, value);
      case "$hasSome" -> value.isArray() && value.valueStream().anyMatch(v -> contains(arg, v));
      case "$hasAll" -> value.isArray() && arg.valueStream().allMatch(a -> contains(value, a));
      case "$startsWith" -> value.isString() && value.asString().startsWith(arg.asString());
      case "$endsWith" -> value.isString() && value.asString().endsWith(arg.asString());
      case "$contains" -> value.isString() && value.asString().contains(arg.asString());
      case "$exists" -> arg.asBoolean() != value.isNull();
      default -> throw new WixRejection(400, "WDE0080", "Unsupported filter operator " + op);
    };
  }

  private static boolean isOperator(JsonNode condition) {
    return condition.isObject() && !condition.isEmpty() && condition.propertyNames().iterator().next().startsWith("$")
        && !condition.has("$date");
  }

  /** {@code {"$date": s}} compares as {@code s}; absent compares as null. */
  static JsonNode value(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return NullNode.instance;
    }
    return node.isObject() && node.has("$date") ? node.get("$date") : node;
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    return options.isArray() && options.valueStream().anyMatch(o -> same(value(o), value));
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  static int compare(JsonNode a, JsonNode b) {
    if (a.isNull() || b.isNull()) {
      return Boolean.compare(!a.isNull(), !b.isNull());
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.asBoolean(), b.asBoolean());
    }
    return a.asString("").compareTo(b.asString(""));
  }

  /** The order of {@code [{fieldName, order: ASC|DESC}]}; items without a sort keep their stored (_id) order. */
  static Comparator<ObjectNode> order(JsonNode sort) {
    Comparator<ObjectNode> order = (x, y) -> 0;
    for (JsonNode s : sort) {
      String field = s.path("fieldName").asString();
      Comparator<ObjectNode> one = (x, y) -> compare(value(x.get(field)), value(y.get(field)));
      order = order.thenComparing("DESC".equals(s.path("order").asString("ASC")) ? one.reversed() : one);
    }
    return order;
  }

  static List<ObjectNode> apply(List<ObjectNode> items, JsonNode filter, JsonNode sort) {
    return items.stream().filter(i -> matches(i, filter)).sorted(order(sort)).toList();
  }
}
