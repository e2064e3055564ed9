package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which pages are published: one Notion filter expression (notion.md §1.4), used twice, so that the client
 * can filter server-side and the engine can check pages it read some other way (webhooks, {@code --only}).
 * Pages in the trash are never published. A null filter publishes every page.
 *
 * @param queryFilter the {@code filter} of a data source query, or null
 */
public record PublishRule(JsonNode queryFilter) implements Predicate<NotionPage> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The zero-configuration rule: a {@code Status} property (status or select) equal to {@code Published};
   * else a checkbox named {@code Published} that is checked; else every page. Names match case-insensitively;
   * the filter names the property by id so that a later rename does not break it.
   */
  public static PublishRule defaults(NotionDataSource dataSource) {
    Map<String, JsonNode> schema = dataSource == null || dataSource.properties() == null
        ? Map.of() : dataSource.properties();
    Optional<Map.Entry<String, JsonNode>> status = find(schema, "status", "status", "select");
    if (status.isPresent()) {
      String type = Json.text(status.get().getValue(), "type");
      return new PublishRule(condition(idOf(status.get()), type, "equals", "Published"));
    }
    Optional<Map.Entry<String, JsonNode>> published = find(schema, "published", "checkbox");
    if (published.isPresent()) {
      return new PublishRule(condition(idOf(published.get()), "checkbox", "equals", true));
    }
    return new PublishRule(null);
  }

  /** Whether the page becomes (or stays) an item. */
  @Override
  public boolean test(NotionPage page) {
    return page != null && !page.inTrash() && (queryFilter == null || FilterEvaluator.matches(queryFilter, page));
  }

  private static Optional<Map.Entry<String, JsonNode>> find(Map<String, JsonNode> schema, String name, String... types) {
    return schema.entrySet().stream()
        .filter(e -> e.getKey().trim().equalsIgnoreCase(name))
        .filter(e -> java.util.List.of(types).contains(Json.text(e.getValue(), "type")))
        .min(Comparator.comparing(Map.Entry::getKey));
  }

  private static String idOf(Map.Entry<String, JsonNode> property) {
    String id = Json.text(property.getValue(), "id");
    return id == null ? property.getKey() : id;
  }

  private static JsonNode condition(String property, String type, String operator, Object value) {
    ObjectNode filter = JSON.createObjectNode();
    filter.put("property", property);
    ObjectNode inner = filter.putObject(type);
    if (value instanceof Boolean b) {
      inner.put(operator, b);
    } else {
      inner.put(operator, String.valueOf(value));
    }
    return filter;
  }
}
