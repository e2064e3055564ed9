package io.wiredchaos.notionwix.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A status filter condition, by version (filter-data-source-entries "Status"; upgrade guide 2026-12-01, "Status
 * filters"):
 * <ul>
 *   <li>{@code equals}/{@code does_not_equal} match option names; up to 2026-03-11 a name that is no option but a
 *       group matches the group; from 2026-12-01 it matches nothing;</li>
 *   <li>{@code group: {equals|does_not_equal: name}} matches a group: on 2026-12-01, on 2026-03-11 with
 *       {@code Notion-Beta: status-group-filters-2026-10-06}, never on 2025-09-03 (400).</li>
 * </ul>
 */
final class StatusMatch {

  private StatusMatch() {}

  static boolean matches(String option, JsonNode condition, Map<String, List<String>> groups, NotionQuery.Rules rules) {
    if (condition.has("group")) {
      if (!rules.version().allowsGroupOperators(rules.betas())) {
        throw new IllegalArgumentException("body failed validation: body.filter.status.group is not supported in "
            + "Notion-Version " + rules.version().header + (rules.version() == NotionApiVersion.V2026_03_11
            ? " without the header Notion-Beta: " + NotionApiVersion.STATUS_GROUP_BETA : "") + ".");
      }
      JsonNode group = condition.path("group");
      if (group.has("equals")) {
        return inGroup(option, group.path("equals").asString(), groups);
      }
      if (group.has("does_not_equal")) {
        return !inGroup(option, group.path("does_not_equal").asString(), groups);
      }
      throw new IllegalArgumentException("body failed validation: body.filter.status.group should be equals or "
          + "does_not_equal.");
    }
    for (String operator : List.of("equals", "does_not_equal")) {
      if (condition.has(operator)) {
        boolean any = false;
        for (String name : NotionQuery.names(condition.path(operator))) {
          any |= name.equals(option) || rules.version().equalsMatchesGroups() && !isOption(name, groups)
              && inGroup(option, name, groups);
        }
        return operator.equals("equals") == any;
      }
    }
    return condition.has("is_empty") == (option == null);
  }

  private static boolean inGroup(String option, String group, Map<String, List<String>> groups) {
    return option != null && groups.getOrDefault(group, List.of()).contains(option);
  }

  private static boolean isOption(String name, Map<String, List<String>> groups) {
    return groups.values().stream().anyMatch(options -> options.contains(name));
  }

  /** Group name → option names of the status property named (by name or id) in the schema. */
  static Map<String, List<String>> groups(JsonNode schema, String nameOrId) {
    JsonNode property = schema.get(nameOrId);
    if (property == null) {
      for (JsonNode p : schema.values()) {
        if (nameOrId.equals(p.path("id").asString())) {
          property = p;
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (property == null) {
      return out;
    }
    Map<String, String> names = new LinkedHashMap<>();
    property.path("status").path("options").forEach(o -> names.put(o.path("id").asString(), o.path("name").asString()));
    for (JsonNode g : property.path("status").path("groups")) {
      List<String> options = new java.util.ArrayList<>(out.getOrDefault(g.path("name").asString(), List.of()));
      g.path("option_ids").forEach(id -> {
        if (names.containsKey(id.asString())) {
          options.add(names.get(id.asString()));
        }
      });
      out.put(g.path("name").asString(), options);
    }
    return out;
  }
}
