package io.wiredchaos.notionwix.mapping;

import java.util.List;
import java.util.Set;

/**
 * Which Wix field types (wix.md §3.3) a Notion property type produces under a transform (wix.md §3.4 value
 * formats), for the mapping validation.
 */
final class WixTypes {

  /** The complete field type enum (wix.md §3.3). */
  static final Set<String> ALL = Set.of("TEXT", "NUMBER", "DATE", "DATETIME", "IMAGE", "BOOLEAN", "DOCUMENT", "URL",
      "RICH_TEXT", "VIDEO", "ANY", "ARRAY_STRING", "ARRAY_DOCUMENT", "AUDIO", "TIME", "LANGUAGE", "RICH_CONTENT",
      "MEDIA_GALLERY", "ADDRESS", "PAGE_LINK", "REFERENCE", "MULTI_REFERENCE", "OBJECT", "ARRAY", "SLUG", "EMAIL",
      "MEDIA_IMAGE");

  private WixTypes() {}

  /**
   * The Wix types the value fits, preferred first; null means "depends on the value" (formula, rollup,
   * unknown types) or "transform does not apply to this property type".
   */
  static List<String> produced(String notionType, Transform t) {
    if (!applies(notionType, t)) {
      return null;
    }
    return switch (t) {
      case HTML -> List.of("RICH_TEXT", "TEXT", "ANY");
      case RICOS -> List.of("RICH_CONTENT", "OBJECT", "ANY");
      case SLUG, LOWERCASE, UPPERCASE, PLAIN_TEXT -> "multi_select".equals(notionType)
          ? List.of("ARRAY_STRING", "ARRAY", "ANY") : List.of("TEXT", "SLUG", "URL", "EMAIL", "ANY");
      case FIRST_IMAGE -> List.of("IMAGE", "TEXT", "URL", "ANY");
      case GALLERY -> List.of("MEDIA_GALLERY", "ARRAY", "ANY");
      case DATE_ONLY -> List.of("DATE", "TEXT", "ANY");
      case AUTO -> auto(notionType);
    };
  }

  private static List<String> auto(String notionType) {
    return switch (notionType == null ? "" : notionType) {
      case "title", "rich_text", "select", "status", "phone_number", "unique_id", "created_by", "last_edited_by",
          "verification" -> List.of("TEXT", "ANY");
      case "number" -> List.of("NUMBER", "ANY");
      case "checkbox" -> List.of("BOOLEAN", "ANY");
      case "multi_select", "people" -> List.of("ARRAY_STRING", "ARRAY", "ANY");
      case "date" -> List.of("DATETIME", "DATE", "ANY");
      case "created_time", "last_edited_time" -> List.of("DATETIME", "ANY");
      case "url" -> List.of("URL", "TEXT", "ANY");
      case "email" -> List.of("EMAIL", "TEXT", "ANY");
      case "files" -> List.of("IMAGE", "ANY");
      case "relation" -> List.of("ARRAY_STRING", "MULTI_REFERENCE", "ARRAY", "ANY");
      case "place" -> List.of("ADDRESS", "OBJECT", "ANY");
      default -> null;
    };
  }

  /** Whether a transform means anything for a property type (formula and rollup accept all: their value varies). */
  static boolean applies(String notionType, Transform t) {
    String n = notionType == null ? "" : notionType;
    if (n.equals("formula") || n.equals("rollup") || t == Transform.AUTO) {
      return true;
    }
    return switch (t) {
      case PLAIN_TEXT, HTML, RICOS -> n.equals("title") || n.equals("rich_text");
      case LOWERCASE, UPPERCASE, SLUG -> Set.of("title", "rich_text", "select", "status", "multi_select", "url",
          "email", "phone_number", "unique_id").contains(n);
      case DATE_ONLY -> n.equals("date") || n.equals("created_time") || n.equals("last_edited_time");
      case FIRST_IMAGE, GALLERY -> n.equals("files");
      case AUTO -> true;
    };
  }

  /** The transform a type override implies when no transform is given ({@code type: DATE} → date-only…). */
  static Transform implied(String wixType, String notionType) {
    if (wixType == null) {
      return Transform.AUTO;
    }
    return switch (wixType) {
      case "DATE" -> "date".equals(notionType) || notionType != null && notionType.endsWith("_time")
          ? Transform.DATE_ONLY : Transform.AUTO;
      case "RICH_TEXT" -> Transform.HTML;
      case "RICH_CONTENT" -> Transform.RICOS;
      case "MEDIA_GALLERY" -> Transform.GALLERY;
      case "IMAGE" -> Transform.FIRST_IMAGE;
      case "TEXT" -> List.of("title", "rich_text").contains(notionType) ? Transform.PLAIN_TEXT : Transform.AUTO;
      default -> Transform.AUTO;
    };
  }
}
