package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionVersion;
import io.wiredchaos.notionwix.mapping.StatusGroups;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a publish filter's status group conditions for one API version (docs/notion-versions.md; upgrade guide
 * 2026-12-01, "Status filters"; notion.md §1.4). The rule says {@code {"status": {"group": {"equals": "Complete"}}}}:
 * <ul>
 *   <li>2026-12-01 sends it as is; 2026-03-11 too, with the beta header ({@link NotionHttp} adds it);</li>
 *   <li>2025-09-03 has no group operators, so the group becomes the list of its option names
 *       ({@code {"equals": ["Published", "Archived"]}}, lists accepted since 2026-04-17): no extra nesting, and no
 *       reliance on {@code equals} matching a group name, which an option of the same name would defeat.</li>
 * </ul>
 */
final class StatusFilters {

  private StatusFilters() {}

  static JsonNode forVersion(JsonNode filter, NotionVersion version, StatusGroups groups) {
    if (filter == null || version.hasStatusGroupOperators() || !usesGroupOperators(filter)) {
      return filter;
    }
    JsonNode copy = filter.deepCopy();
    expand(copy, groups);
    return copy;
  }

  /** Whether {@code filter} has a status group condition anywhere (then 2026-03-11 needs the beta header). */
  static boolean usesGroupOperators(JsonNode filter) {
    if (filter == null) {
      return false;
    }
    if (filter.isArray()) {
      return filter.values().stream().anyMatch(StatusFilters::usesGroupOperators);
    }
    if (!filter.isObject()) {
      return false;
    }
    if (filter.path("status").has("group")) {
      return true;
    }
    return usesGroupOperators(filter.get("and")) || usesGroupOperators(filter.get("or"));
  }

  private static void expand(JsonNode node, StatusGroups groups) {
    if (node.isArray()) {
      node.values().forEach(n -> expand(n, groups));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String compound : List.of("and", "or")) {
      if (node.has(compound)) {
        expand(node.get(compound), groups);
      }
    }
    JsonNode group = node.path("status").path("group");
    if (!group.isObject()) {
      return;
    }
    String property = node.path("property").asString(null);
    ObjectNode status = ((ObjectNode) node).putObject("status");
    for (var condition : group.properties()) {
      ArrayNode names = status.putArray(condition.getKey());
      groups.options(property, condition.getValue().asString("")).forEach(names::add);
    }
  }
}
