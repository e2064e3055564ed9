package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.mapping.content.PageIds;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Which mapped relation fields are Wix references. A relation's value is the related page ids, which are also
 * the related items' ids; when the related data source is synced too, the field is a MULTI_REFERENCE and must be
 * written with {@code saveReferences} or the reference endpoints (wix.md §2.6, §3.4). Otherwise it is a plain
 * ARRAY_STRING of Notion ids.
 */
public final class References {

  private References() {}

  /**
   * @param syncedDataSources ids of the data sources the sync writes (dashed or not)
   * @return keys of the fields holding relations into one of them
   */
  public static Set<String> multiReferenceFields(FieldMapping mapping, NotionDataSource dataSource,
      Set<String> syncedDataSources) {
    Set<String> synced = new TreeSet<>();
    syncedDataSources.forEach(id -> synced.add(PageIds.normalize(id) == null ? id : PageIds.normalize(id)));
    Set<String> keys = new TreeSet<>();
    for (FieldRule rule : mapping.fields()) {
      if (!"relation".equals(rule.propertyType()) || rule.propertyId() == null) {
        continue;
      }
      JsonNode schema = FieldResolver.findProperty(dataSource, rule.propertyId());
      String target = Json.text(schema, "relation", "data_source_id");
      String normalized = PageIds.normalize(target);
      if (target != null && synced.contains(normalized == null ? target : normalized)) {
        keys.add(rule.key());
      }
    }
    return keys;
  }
}
