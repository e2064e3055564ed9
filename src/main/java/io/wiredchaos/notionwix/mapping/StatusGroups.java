package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of each status property (To-do / In progress / Complete, or renamed), read from the data source schema:
 * page values carry only the option, so matching a group needs this (notion.md §4.2 "Groups … are only in the
 * schema"). Keys are property ids and names, so a filter may use either.
 *
 * @param groups property id or name → group name → option names in that group
 */
public record StatusGroups(Map<String, Map<String, List<String>>> groups) {

  public static final StatusGroups NONE = new StatusGroups(Map.of());

  public StatusGroups {
    groups = Map.copyOf(groups);
  }

  public static StatusGroups of(NotionDataSource dataSource) {
    if (dataSource == null || dataSource.properties() == null) {
      return NONE;
    }
    Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
    dataSource.properties().forEach((name, property) -> {
      if (!"status".equals(Json.text(property, "type"))) {
        return;
      }
      Map<String, String> optionNames = new LinkedHashMap<>();
      Json.array(property, "status", "options").forEach(o -> optionNames.put(Json.text(o, "id"), Json.text(o, "name")));
      Map<String, List<String>> byGroup = new LinkedHashMap<>();
      for (JsonNodeGroup g : groupsOf(property)) {
        List<String> names = new ArrayList<>();
        g.optionIds().forEach(id -> {
          if (optionNames.get(id) != null) {
            names.add(optionNames.get(id));
          }
        });
        byGroup.merge(g.name(), names, (a, b) -> {
          List<String> merged = new ArrayList<>(a);
          merged.addAll(b);
          return merged;
        });
      }
      Map<String, List<String>> frozen = Map.copyOf(byGroup);
      all.put(name, frozen);
      String id = Json.text(property, "id");
      if (id != null) {
        all.putIfAbsent(id, frozen);
      }
    });
    return new StatusGroups(all);
  }

  private record JsonNodeGroup(String name, List<String> optionIds) {}

  private static List<JsonNodeGroup> groupsOf(tools.jackson.databind.JsonNode property) {
    List<JsonNodeGroup> out = new ArrayList<>();
    for (var g : Json.array(property, "status", "groups")) {
      List<String> ids = Json.array(g, "option_ids").stream().map(Json::text).toList();
      if (Json.text(g, "name") != null) {
        out.add(new JsonNodeGroup(Json.text(g, "name"), ids));
      }
    }
    return out;
  }

  /** The option names of {@code group} of the status property {@code property} (id or name); empty if unknown. */
  public List<String> options(String property, String group) {
    Map<String, List<String>> byGroup = groups.get(property);
    return byGroup == null ? List.of() : byGroup.getOrDefault(group, List.of());
  }

  /** Whether {@code property} is a status property with a group named {@code group}. */
  public boolean isGroup(String property, String group) {
    Map<String, List<String>> byGroup = groups.get(property);
    return byGroup != null && byGroup.containsKey(group);
  }

  /** Whether {@code property} is a status property with an option named {@code option}. */
  public boolean isOption(String property, String option) {
    Map<String, List<String>> byGroup = groups.get(property);
    return byGroup != null && byGroup.values().stream().anyMatch(names -> names.contains(option));
  }

  /** The group names of {@code property}, for messages. */
  public List<String> groupNames(String property) {
    Map<String, List<String>> byGroup = groups.get(property);
    return byGroup == null ? List.of() : List.copyOf(byGroup.keySet());
  }
}
