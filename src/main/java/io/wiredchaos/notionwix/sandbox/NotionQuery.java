package io.wiredchaos.notionwix.sandbox;

import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters and sorts of {@code POST /v1/data_sources/{id}/query} (notion.md §1.4): property filters by name or id
 * for status, select, checkbox, multi_select, rich_text/title, number and date; timestamp filters; and/or.
 */
final class NotionQuery {

  private NotionQuery() {}

  /** What the request's version and beta headers allow ({@link NotionApiVersion}). */
  record Rules(NotionApiVersion version, List<String> betas) {

    static final Rules LATEST = new Rules(NotionApiVersion.V2026_12_01, List.of());
  }

  static boolean matches(JsonNode filter, ObjectNode page, JsonNode schema) {
    return matches(filter, page, schema, Rules.LATEST);
  }

  static boolean matches(JsonNode filter, ObjectNode page, JsonNode schema, Rules rules) {
    if (filter == null || filter.isNull() || filter.isEmpty()) {
      return true;
    }
    if (filter.has("and")) {
      for (JsonNode part : filter.path("and")) {
        if (!matches(part, page, schema, rules)) {
          return false;
        }
      }
      return true;
    }
    if (filter.has("or")) {
      for (JsonNode part : filter.path("or")) {
        if (matches(part, page, schema, rules)) {
          return true;
        }
      }
      return false;
    }
    if (filter.has("timestamp")) {
      String field = filter.path("timestamp").asString();
      return compareText(page.path(field).asString(""), filter.path(field));
    }
    JsonNode value = property(page, filter.path("property").asString(""), schema);
    String type = value == null ? null : value.path("type").asString();
    JsonNode condition = filter.path(type == null ? "" : type);
    if (value == null || condition.isMissingNode()) {
      throw new IllegalArgumentException("filter property " + filter.path("property") + " does not match a property"
          + " of type " + type);
    }
    return switch (type) {
      case "status" -> StatusMatch.matches(value.path(type).path("name").asString(null), condition,
          StatusMatch.groups(schema, filter.path("property").asString("")), rules);
      case "select" -> optionMatches(value.path(type).path("name").asString(null), condition);
      case "checkbox" -> value.path("checkbox").asBoolean() == condition.path("equals").asBoolean();
      case "multi_select" -> multiMatches(value.path("multi_select"), condition);
      case "number" -> numberMatches(value.path("number"), condition);
      case "date" -> compareText(value.path("date").path("start").asString(""), condition);
      default -> textMatches(plain(value.path(type)), condition);
    };
  }

  static JsonNode property(ObjectNode page, String nameOrId, JsonNode schema) {
    JsonNode byName = page.path("properties").get(nameOrId);
    if (byName != null) {
      return byName;
    }
    for (var entry : page.path("properties").properties()) {
      if (nameOrId.equals(entry.getValue().path("id").asString())) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** {@code equals}/{@code does_not_equal} with one name or, since 2026-04-17, a list of names (notion.md §1.4). */
  static boolean optionMatches(String name, JsonNode condition) {
    if (condition.has("equals")) {
      return names(condition.path("equals")).contains(name);
    }
    if (condition.has("does_not_equal")) {
      return !names(condition.path("does_not_equal")).contains(name);
    }
    return condition.has("is_empty") == (name == null);
  }

  static List<String> names(JsonNode value) {
    return value.isArray() ? value.valueStream().map(JsonNode::asString).toList() : List.of(value.asString());
  }

  private static boolean multiMatches(JsonNode options, JsonNode condition) {
    boolean found = false;
    String wanted = condition.path(condition.has("contains") ? "contains" : "does_not_contain").asString();
    for (JsonNode option : options) {
      found |= option.path("name").asString().equals(wanted);
    }
    return condition.has("contains") == found;
  }

  private static boolean numberMatches(JsonNode number, JsonNode c) {
    double v = number.asDouble();
    return (!c.has("equals") || v == c.path("equals").asDouble())
        && (!c.has("greater_than") || v > c.path("greater_than").asDouble())
        && (!c.has("less_than") || v < c.path("less_than").asDouble())
        && (!c.has("greater_than_or_equal_to") || v >= c.path("greater_than_or_equal_to").asDouble())
        && (!c.has("less_than_or_equal_to") || v <= c.path("less_than_or_equal_to").asDouble());
  }

  /** ISO-8601 strings of the same form compare in time order. */
  private static boolean compareText(String v, JsonNode c) {
    return (!c.has("equals") || v.startsWith(c.path("equals").asString()))
        && (!c.has("after") || v.compareTo(c.path("after").asString()) > 0)
        && (!c.has("before") || v.compareTo(c.path("before").asString()) < 0)
        && (!c.has("on_or_after") || v.compareTo(c.path("on_or_after").asString()) >= 0)
        && (!c.has("on_or_before") || v.compareTo(c.path("on_or_before").asString()) <= 0);
  }

  private static boolean textMatches(String text, JsonNode c) {
    return (!c.has("equals") || text.equals(c.path("equals").asString()))
        && (!c.has("contains") || text.contains(c.path("contains").asString()))
        && (!c.has("is_empty") || text.isEmpty())
        && (!c.has("is_not_empty") || !text.isEmpty());
  }

  private static String plain(JsonNode runs) {
    StringBuilder text = new StringBuilder();
    runs.forEach(run -> text.append(run.path("plain_text").asString("")));
    return text.toString();
  }

  /** The sort of the query; created_time ascending when none is given, so paging is stable. */
  static Comparator<ObjectNode> order(JsonNode sorts) {
    Comparator<ObjectNode> order = null;
    for (JsonNode sort : sorts) {
      String field = sort.has("timestamp") ? sort.path("timestamp").asString() : null;
      Comparator<ObjectNode> one = field != null
          ? Comparator.comparing((ObjectNode p) -> p.path(field).asString(""))
          : Comparator.comparing((ObjectNode p) -> String.valueOf(p.path("properties")
              .path(sort.path("property").asString("")).toString()));
      if ("descending".equals(sort.path("direction").asString())) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    Comparator<ObjectNode> tie = Comparator.comparing((ObjectNode p) -> p.path("created_time").asString(""))
        .thenComparing(p -> p.path("id").asString());
    return order == null ? tie : order.thenComparing(tie);
  }

  static List<ObjectNode> sorted(List<ObjectNode> pages, JsonNode sorts) {
    return pages.stream().sorted(order(sorts)).toList();
  }
}
