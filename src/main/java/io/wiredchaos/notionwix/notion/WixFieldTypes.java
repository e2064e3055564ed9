package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.FieldRule;

/** The Wix field type (wix.md §3.3) a default-mapped field gets, used to check or create the collection. */
final class WixFieldTypes {

  private WixFieldTypes() {}

  static String of(FieldRule rule) {
    return switch (rule.source()) {
      case BODY -> switch (rule.transform()) {
        case HTML -> "RICH_TEXT";
        case PLAIN_TEXT -> "TEXT";
        default -> "RICH_CONTENT";
      };
      case EXCERPT, SLUG -> "TEXT";
      case COVER -> "IMAGE";
      case PROPERTY -> property(rule.propertyType());
    };
  }

  private static String property(String type) {
    if (type == null) {
      return "TEXT";
    }
    return switch (type) {
      case "number" -> "NUMBER";
      case "checkbox" -> "BOOLEAN";
      case "multi_select", "people" -> "ARRAY_STRING";
      case "date" -> "DATE";
      case "url" -> "URL";
      case "files" -> "IMAGE";
      case "relation" -> "ARRAY";
      case "created_time", "last_edited_time" -> "DATETIME";
      default -> "TEXT";
    };
  }
}
