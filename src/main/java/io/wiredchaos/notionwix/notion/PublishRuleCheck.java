package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a publish filter (a Notion filter expression, notion.md §1.4) can match anything: every property it names
 * exists, and every option it compares a status, select or multi-select to is one of that property's options. A
 * renamed option makes a filter silently publish nothing, which only this check reveals before a run.
 */
final class PublishRuleCheck {

  private static final Set<String> OPTION_TYPES = Set.of("status", "select", "multi_select");
  private static final Set<String> OPTION_CONDITIONS = Set.of("equals", "does_not_equal", "contains",
      "does_not_contain");

  private PublishRuleCheck() {}

  /** The problems of {@code filter} against the schema; empty when it is sound (or null: every page is published). */
  static List<String> problems(JsonNode filter, NotionDataSource dataSource) {
    List<String> problems = new ArrayList<>();
    if (filter != null) {
      walk(filter, dataSource.properties() == null ? Map.of() : dataSource.properties(), problems);
    }
    return problems;
  }

  private static void walk(JsonNode node, Map<String, JsonNode> schema, List<String> problems) {
    for (String compound : List.of("and", "or")) {
      node.path(compound).forEach(child -> walk(child, schema, problems));
    }
    if (!node.path("property").isString()) {
      return;
    }
    String nameOrId = node.path("property").asString();
    JsonNode property = find(schema, nameOrId);
    if (property == null) {
      problems.add("the publish rule names the property \"" + nameOrId + "\", which the data source does not have");
      return;
    }
    String type = property.path("type").asString("");
    if (!OPTION_TYPES.contains(type) || !node.has(type)) {
      return;
    }
    List<String> options = new ArrayList<>();
    property.path(type).path("options").forEach(o -> options.add(o.path("name").asString()));
    node.path(type).properties().forEach(condition -> {
      if (OPTION_CONDITIONS.contains(condition.getKey()) && condition.getValue().isString()
          && !options.contains(condition.getValue().asString())) {
        problems.add("the publish rule compares \"" + property.path("name").asString(nameOrId) + "\" to \""
            + condition.getValue().asString() + "\", which is not one of its options " + options);
      }
    });
  }

  private static JsonNode find(Map<String, JsonNode> schema, String nameOrId) {
    if (schema.containsKey(nameOrId)) {
      return schema.get(nameOrId);
    }
    return schema.values().stream().filter(p -> nameOrId.equals(p.path("id").asString(null))).findFirst()
        .orElse(null);
  }
}
