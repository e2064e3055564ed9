package io.wiredchaos.notionwix.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field key → Wix field type (wix.md §3.3) of every field a mapping's items carry, companions and bookkeeping
 * included, for checking or creating the collection. Types follow what {@link PageMapper} writes:
 * {@code <key>Start}/{@code <key>End} for date ranges, {@code <key>Gallery} beside a default-mapped files property.
 * A default-mapped Notion date is DATETIME (date-only values are {@code YYYY-MM-DD} strings; map the property
 * with {@code type: DATE} in the mapping file when the database holds dates without times). Relations are
 * ARRAY_STRING here; those into synced data sources are MULTI_REFERENCE ({@link References}).
 */
public final class WixFields {

  private WixFields() {}

  public static Map<String, String> of(FieldMapping mapping) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldRule rule : mapping.fields()) {
      String type = rule.wixType() != null ? rule.wixType() : typeOf(rule);
      fields.put(rule.key(), type);
      if ("date".equals(rule.propertyType())) {
        fields.put(rule.key() + "Start", type);
        fields.put(rule.key() + "End", type);
      }
      if ("files".equals(rule.propertyType()) && rule.transform() == Transform.AUTO) {
        fields.put(rule.key() + "Gallery", "MEDIA_GALLERY");
      }
    }
    fields.put("notionPageId", "TEXT");
    fields.put("notionUrl", "URL");
    fields.put("notionLastEdited", "DATETIME");
    fields.put("syncHash", "TEXT");
    return fields;
  }

  private static String typeOf(FieldRule rule) {
    return switch (rule.source()) {
      case BODY -> rule.transform() == Transform.HTML ? "RICH_TEXT"
          : rule.transform() == Transform.PLAIN_TEXT ? "TEXT" : "RICH_CONTENT";
      case EXCERPT, SLUG -> "TEXT";
      case COVER -> "IMAGE";
      case PROPERTY -> {
        List<String> produced = WixTypes.produced(rule.propertyType(), rule.transform());
        yield produced == null ? "ANY" : produced.getFirst();
      }
    };
  }
}
