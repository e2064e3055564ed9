package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates a Notion query filter (notion.md §1.4) against one page, locally. Covers {@code and}/{@code or}
 * and the conditions a publish filter uses: {@code equals}, {@code does_not_equal}, {@code contains},
 * {@code does_not_contain}, {@code is_empty}, {@code is_not_empty} on checkbox, select, status,
 * multi_select, text-like, number and formula values. A condition it does not know matches (the server-side
 * filter is authoritative; this check is for pages read outside a query). Status group conditions are matched with
 * the schema's groups ({@link StatusGroups}); an {@code equals} with a list of names matches any of them.
 */
final class FilterEvaluator {

  private FilterEvaluator() {}

  static boolean matches(JsonNode filter, NotionPage page) {
    return matches(filter, page, StatusGroups.NONE);
  }

  /** @param groups the schema's status groups, for {@code status: {group: {equals|does_not_equal: name}}} */
  static boolean matches(JsonNode filter, NotionPage page, StatusGroups groups) {
    if (filter.has("and")) {
      return Json.array(filter, "and").stream().allMatch(f -> matches(f, page, groups));
    }
    if (filter.has("or")) {
      return Json.array(filter, "or").stream().anyMatch(f -> matches(f, page, groups));
    }
    String property = Json.text(filter, "property");
    if (property == null) {
      return true;
    }
    JsonNode value = property(page, property);
    for (Map.Entry<String, JsonNode> entry : filter.properties()) {
      if (!entry.getKey().equals("property") && entry.getValue().isObject()) {
        JsonNode inner = Json.at(value, Json.text(value, "type") == null ? entry.getKey() : Json.text(value, "type"));
        if ("status".equals(entry.getKey()) && entry.getValue().has("group")) {
          return StatusConditions.groupMatches(entry.getValue().path("group"), Json.text(inner, "name"),
              groups, property);
        }
        if ("formula".equals(entry.getKey())) {
          return entry.getValue().properties().stream().findFirst()
              .map(f -> conditions(f.getValue(), Json.at(inner, f.getKey()))).orElse(true);
        }
        return conditions(entry.getValue(), inner);
      }
    }
    return true;
  }

  private static JsonNode property(NotionPage page, String nameOrId) {
    Map<String, JsonNode> properties = page.properties() == null ? Map.of() : page.properties();
    JsonNode byName = properties.get(nameOrId);
    if (byName != null) {
      return byName;
    }
    return properties.values().stream().filter(p -> nameOrId.equals(Json.text(p, "id"))).findFirst()
        .orElse(Json.of(null));
  }

  private static boolean conditions(JsonNode conditions, JsonNode value) {
    for (Map.Entry<String, JsonNode> c : conditions.properties()) {
      if (!condition(c.getKey(), c.getValue(), value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean condition(String operator, JsonNode expected, JsonNode value) {
    if (expected.isArray() && (operator.equals("equals") || operator.equals("does_not_equal"))) {
      // select/status accept a list of names since 2026-04-17: equals any of them, or none of them (notion.md §1.4)
      boolean any = Json.array(expected).stream().anyMatch(name -> condition("equals", name, value));
      return operator.equals("equals") == any;
    }
    boolean list = value.isArray() && Json.array(value).stream().noneMatch(v -> v.has("plain_text"));
    if (list) {
      java.util.List<String> names = names(value);
      String wanted = Json.text(expected);
      return switch (operator) {
        case "equals", "contains" -> names.contains(wanted);
        case "does_not_equal", "does_not_contain" -> !names.contains(wanted);
        case "is_empty" -> names.isEmpty();
        case "is_not_empty" -> !names.isEmpty();
        default -> true;
      };
    }
    String actual = scalar(value);
    String wanted = Json.text(expected);
    return switch (operator) {
      case "equals" -> wanted != null && wanted.equals(actual);
      case "does_not_equal" -> wanted == null || !wanted.equals(actual);
      case "contains" -> actual != null && wanted != null && actual.contains(wanted);
      case "does_not_contain" -> actual == null || wanted == null || !actual.contains(wanted);
      case "is_empty" -> actual == null || actual.isEmpty();
      case "is_not_empty" -> actual != null && !actual.isEmpty();
      default -> true;
    };
  }

  /** select/status → name; rich text → plain text; scalars → text. */
  private static String scalar(JsonNode value) {
    if (value.isObject()) {
      return Json.text(value, "name");
    }
    if (value.isArray()) {
      StringBuilder text = new StringBuilder();
      Json.array(value).forEach(segment -> text.append(Json.text(segment, "plain_text") == null ? "" : Json.text(segment, "plain_text")));
      return text.toString();
    }
    return Json.text(value);
  }

  private static java.util.List<String> names(JsonNode array) {
    return Json.array(array).stream().map(v -> Json.text(v, "name") != null ? Json.text(v, "name") : Json.text(v, "id"))
        .toList();
  }
}
