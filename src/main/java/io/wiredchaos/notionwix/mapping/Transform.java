package io.wiredchaos.notionwix.mapping;

/**
 * How a source value is shaped for its field. {@code AUTO} picks the default for the Notion type
 * (docs/mapping.md, default mapping table); the others are the mapping file's {@code transform:} values.
 */
public enum Transform {
  AUTO,
  /** rich text or body → plain text */
  PLAIN_TEXT,
  /** rich text or body → Wix RICH_TEXT HTML subset (wix.md §5.6) */
  HTML,
  /** rich text or body → Ricos document (wix.md §5) */
  RICOS,
  /** date or date-time → {@code YYYY-MM-DD} */
  DATE_ONLY,
  LOWERCASE,
  UPPERCASE,
  /** text → slug (lowercase ASCII words joined by {@code -}) */
  SLUG,
  /** files → the first image as an IMAGE value */
  FIRST_IMAGE,
  /** files → all images and videos as a MEDIA_GALLERY value */
  GALLERY;

  /** The transform named in a mapping file ({@code plain-text}, {@code date_only}, {@code Ricos}…), or null. */
  public static Transform parse(String name) {
    if (name == null) {
      return null;
    }
    String normalized = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Transform t : values()) {
      if (t.name().equals(normalized)) {
        return t;
      }
    }
    return switch (normalized) {
      case "TEXT", "PLAIN" -> PLAIN_TEXT;
      case "RICH_CONTENT" -> RICOS;
      case "RICH_TEXT" -> HTML;
      case "DATE" -> DATE_ONLY;
      case "IMAGE" -> FIRST_IMAGE;
      case "MEDIA_GALLERY" -> GALLERY;
      default -> null;
    };
  }
}
