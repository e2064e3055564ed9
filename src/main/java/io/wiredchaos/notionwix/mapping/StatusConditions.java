package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Status conditions of a publish filter that concern groups (upgrade guide 2026-12-01, "Status filters"; notion.md
 * §1.4). Before 2026-12-01 a status {@code equals} naming no option but a group matched the group; from 2026-12-01
 * only {@code {"group": {"equals": …}}} does. The rule therefore always says "group" explicitly.
 */
final class StatusConditions {

  private StatusConditions() {}

  /**
   * {@code filter} with every status {@code equals}/{@code does_not_equal} that names a group (and no option of the
   * same name) rewritten to the group operator; a copy, the argument is not changed.
   */
  static JsonNode explicitGroups(JsonNode filter, StatusGroups groups) {
    JsonNode copy = filter.deepCopy();
    rewrite(copy, groups);
    return copy;
  }

  private static void rewrite(JsonNode node, StatusGroups groups) {
    if (node.isArray()) {
      node.values().forEach(n -> rewrite(n, groups));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String compound : List.of("and", "or")) {
      if (node.has(compound)) {
        rewrite(node.get(compound), groups);
      }
    }
    String property = Json.text(node, "property");
    JsonNode status = node.get("status");
    if (property == null || status == null || !status.isObject() || status.has("group")) {
      return;
    }
    for (String operator : List.of("equals", "does_not_equal")) {
      String name = Json.text(status, operator);
      if (status.size() == 1 && name != null && groups.isGroup(property, name) && !groups.isOption(property, name)) {
        ObjectNode explicit = ((ObjectNode) node).putObject("status");
        explicit.putObject("group").put(operator, name);
      }
    }
  }

  /** Whether a page whose status option is {@code option} satisfies {@code group: {equals|does_not_equal: name}}. */
  static boolean groupMatches(JsonNode groupCondition, String option, StatusGroups groups, String property) {
    for (Map.Entry<String, JsonNode> c : groupCondition.properties()) {
      boolean in = option != null && groups.options(property, Json.text(c.getValue())).contains(option);
      boolean ok = switch (c.getKey()) {
        case "equals" -> in;
        case "does_not_equal" -> !in;
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Reports a group operator naming a group the status property does not have, with the names it does have. */
  static void checkGroups(Node yaml, JsonNode filter, StatusGroups groups, MappingFile.Problems problems) {
    if (filter == null) {
      return;
    }
    if (filter.isArray()) {
      filter.values().forEach(f -> checkGroups(yaml, f, groups, problems));
      return;
    }
    for (String compound : List.of("and", "or")) {
      if (filter.has(compound)) {
        checkGroups(yaml, filter.get(compound), groups, problems);
      }
    }
    String property = Json.text(filter, "property");
    JsonNode group = filter.path("status").path("group");
    if (property == null || !group.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> c : group.properties()) {
      String name = Json.text(c.getValue());
      if (!groups.isGroup(property, name)) {
        problems.at(yaml, "status property \"" + property + "\" has no group \"" + name + "\"",
            "use one of " + String.join(", ", groups.groupNames(property)));
      }
    }
  }
}
