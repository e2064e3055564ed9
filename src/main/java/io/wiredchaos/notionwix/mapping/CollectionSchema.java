package io.wiredchaos.notionwix.mapping;

import java.util.Map;

/**
 * The fields of a Wix collection as the mapping validation needs them (wix.md §3.2–3.3).
 *
 * @param id collection id
 * @param fields field key → Wix field type ({@code TEXT}, {@code DATE}, {@code RICH_CONTENT}…)
 */
public record CollectionSchema(String id, Map<String, String> fields) {

  public CollectionSchema {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
