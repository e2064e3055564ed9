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
 * <p>The filter is kept in one version-neutral form: a status group is written with the group operator
 * {@code {"status": {"group": {"equals": "Complete"}}}} (upgrade guide 2026-12-01, "Status filters"), and a status
 * {@code equals} naming a group rather than an option is rewritten to it, because 2026-12-01 stops matching groups
 * with {@code equals}. The Notion client renders it for the version it speaks.
 *
 * @param queryFilter the {@code filter} of a data source query, or null
 * @param statusGroups the schema's status groups, to match a group locally (page values carry only the option)
 */
public record PublishRule(JsonNode queryFilter, StatusGroups statusGroups) implements Predicate<NotionPage> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public PublishRule {
    statusGroups = statusGroups == null ? StatusGroups.NONE : statusGroups;
  }

  /** A rule without status groups (none of its conditions name a group). */
  public PublishRule(JsonNode queryFilter) {
    this(queryFilter, StatusGroups.NONE);
  }

  /** The rule for {@code filter} over {@code dataSource}'s schema, status equals-on-a-group made explicit. */
  public static PublishRule of(JsonNode filter, NotionDataSource dataSource) {
    StatusGroups groups = StatusGroups.of(dataSource);
    return new PublishRule(filter == null ? null : StatusConditions.explicitGroups(filter, groups), groups);
  }

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
      return of(condition(idOf(status.get()), type, "equals", "Published"), dataSource);
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
    return page != null && !page.inTrash()
        && (queryFilter == null || FilterEvaluator.matches(queryFilter, page, statusGroups));
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
