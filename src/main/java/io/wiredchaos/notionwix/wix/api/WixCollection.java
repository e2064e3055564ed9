package io.wiredchaos.notionwix.wix.api;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Wix Data collection (wix.md §3.2).
 *
 * @param id collection id
 * @param displayName name shown in the CMS
 * @param fields declared fields
 * @param raw the collection object as sent (permissions, revision, capabilities…)
 */
public record WixCollection(String id, String displayName, List<WixField> fields, JsonNode raw) {

  public WixCollection {
    fields = List.copyOf(fields);
  }

  /**
   * One declared field (wix.md §3.3).
   *
   * @param key field key used in item data
   * @param displayName label in the CMS
   * @param type Wix field type ({@code TEXT}, {@code RICH_CONTENT}, {@code IMAGE}, {@code DATETIME}, …)
   */
  public record WixField(String key, String displayName, String type) {}
}
