package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.FieldRule;
import io.wiredchaos.notionwix.mapping.PublishRule;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code filter_properties} of a query: exactly the property ids the mapping reads, the title (row names, slug
 * fallback) and the properties the publish rule tests. Sent on every version: smaller pages everywhere, and on
 * 2026-12-01 the only way to get more than the title (upgrade guide 2026-12-01, "Request only the page properties
 * you read"; notion.md §1.4). Never empty: a query without it would, on 2026-12-01, look like every field was emptied.
 */
public final class QueryProperties {

  private QueryProperties() {}

  public static List<String> of(FieldMapping mapping, NotionDataSource dataSource) {
    Set<String> ids = new LinkedHashSet<>(base(mapping.publish(), dataSource));
    for (FieldRule rule : mapping.fields()) {
      if (rule.propertyId() != null) {
        ids.add(rule.propertyId());
      } else if (rule.propertyName() != null) {
        ids.add(idOf(rule.propertyName(), dataSource));
      }
    }
    return List.copyOf(ids);
  }

  /** The title and the publish rule's properties (for listings that only count published pages). */
  public static List<String> base(PublishRule publish, NotionDataSource dataSource) {
    Set<String> ids = new LinkedHashSet<>();
    Map<String, JsonNode> schema = dataSource.properties() == null ? Map.of() : dataSource.properties();
    schema.values().stream().filter(p -> "title".equals(p.path("type").asString(null)))
        .map(p -> p.path("id").asString("title")).forEach(ids::add);
    if (ids.isEmpty()) {
      ids.add("title"); // the title property's id is always "title" (notion.md §4.2)
    }
    collect(publish.queryFilter(), dataSource, ids);
    return List.copyOf(ids);
  }

  private static void collect(JsonNode filter, NotionDataSource dataSource, Set<String> ids) {
    if (filter == null) {
      return;
    }
    if (filter.isArray()) {
      filter.values().forEach(f -> collect(f, dataSource, ids));
      return;
    }
    String property = filter.path("property").asString(null);
    if (property != null) {
      ids.add(idOf(property, dataSource));
    }
    collect(filter.get("and"), dataSource, ids);
    collect(filter.get("or"), dataSource, ids);
  }

  /** The schema id of a property named by name or id; the argument itself when the schema does not know it. */
  private static String idOf(String nameOrId, NotionDataSource dataSource) {
    Map<String, JsonNode> schema = dataSource.properties() == null ? Map.of() : dataSource.properties();
    JsonNode byName = schema.get(nameOrId);
    if (byName != null && byName.path("id").asString(null) != null) {
      return byName.path("id").asString();
    }
    return nameOrId;
  }
}
