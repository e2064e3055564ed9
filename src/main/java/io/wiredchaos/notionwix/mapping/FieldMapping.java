package io.wiredchaos.notionwix.mapping;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The resolved mapping of one data source into one Wix collection: fields in output order and the publish
 * rule. Built by {@link DefaultMapping} from the schema alone, or from the mapping file ({@link MappingFile}).
 *
 * @param dataSourceId Notion data source id
 * @param collectionId Wix collection id
 * @param fields target fields, keys unique
 * @param publish which pages become items
 */
public record FieldMapping(String dataSourceId, String collectionId, List<FieldRule> fields, PublishRule publish) {

  public FieldMapping {
    fields = List.copyOf(fields);
  }

  /** The slug rule, if the mapping has one. */
  public java.util.Optional<FieldRule> slugRule() {
    return fields.stream().filter(f -> f.source() == FieldSource.SLUG).findFirst();
  }

  /** The title property's rule (the property of type {@code title}), if mapped. */
  public java.util.Optional<FieldRule> titleRule() {
    return fields.stream().filter(f -> "title".equals(f.propertyType())).findFirst();
  }

  /** The Notion query filter selecting published pages, or null for all pages (notion.md §1.4). */
  public JsonNode queryFilter() {
    return publish.queryFilter();
  }
}
