package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The zero-configuration mapping of a data source (docs/mapping.md): {@code title}, {@code slug},
 * {@code content}, {@code excerpt}, {@code coverImage}, then every other property under its camelCase name
 * in name order. A name that clashes with a fixed key gets a {@code Property} suffix, a second clash a number.
 */
public final class DefaultMapping {

  /** Keys the mapper itself writes; properties never take them. */
  public static final Set<String> RESERVED = Set.of("title", "slug", "content", "excerpt", "coverImage",
      "notionPageId", "notionUrl", "notionLastEdited", "syncHash");

  /** Property types without data (notion.md §4.2: button) are not mapped. */
  private static final Set<String> SKIPPED_TYPES = Set.of("button");

  private DefaultMapping() {}

  public static FieldMapping of(NotionDataSource dataSource, String collectionId) {
    Map<String, JsonNode> schema = new TreeMap<>(dataSource.properties() == null ? Map.of() : dataSource.properties());
    List<FieldRule> fields = new ArrayList<>();
    Set<String> taken = new HashSet<>(RESERVED);
    JsonNode slugProperty = null;
    for (Map.Entry<String, JsonNode> e : schema.entrySet()) {
      String type = Json.text(e.getValue(), "type");
      if ("title".equals(type) && fields.isEmpty()) {
        fields.add(FieldRule.property("title", idOf(e), e.getKey(), "title"));
      }
      if (slugProperty == null && e.getKey().trim().equalsIgnoreCase("slug")
          && ("rich_text".equals(type) || "formula".equals(type) || "url".equals(type))) {
        slugProperty = e.getValue();
      }
    }
    String slugId = slugProperty == null ? null : Json.text(slugProperty, "id");
    fields.add(new FieldRule("slug", FieldSource.SLUG, slugId, slugProperty == null ? null
        : Json.text(slugProperty, "name"), slugProperty == null ? null : Json.text(slugProperty, "type"),
        Transform.SLUG, "TEXT", false, null, 0));
    fields.add(FieldRule.page("content", FieldSource.BODY));
    fields.add(FieldRule.page("excerpt", FieldSource.EXCERPT));
    fields.add(FieldRule.page("coverImage", FieldSource.COVER));
    for (Map.Entry<String, JsonNode> e : schema.entrySet()) {
      String type = Json.text(e.getValue(), "type");
      boolean isTitle = fields.getFirst().propertyName() != null && fields.getFirst().propertyName().equals(e.getKey())
          && "title".equals(type);
      if (isTitle || e.getValue() == slugProperty || type == null || SKIPPED_TYPES.contains(type)) {
        continue;
      }
      fields.add(FieldRule.property(uniqueKey(FieldNames.camelCase(e.getKey()), taken), idOf(e), e.getKey(), type));
    }
    return new FieldMapping(dataSource.id(), collectionId, fields, PublishRule.defaults(dataSource));
  }

  static String uniqueKey(String key, Set<String> taken) {
    String candidate = taken.contains(key) ? key + "Property" : key;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = key + "Property" + n;
    }
    taken.add(candidate);
    return candidate;
  }

  private static String idOf(Map.Entry<String, JsonNode> e) {
    String id = Json.text(e.getValue(), "id");
    return id == null ? e.getKey() : id;
  }
}
