package io.wiredchaos.notionwix.wix;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reading Wix value formats (wix.md §3.4) and measuring items. */
final class WixValues {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WixValues() {}

  /** A DATETIME as Wix returns it ({@code {"$date": iso}} or an ISO string); null when absent or unreadable. */
  static Instant instant(Object value) {
    Object raw = value instanceof Map<?, ?> map ? map.get("$date") : value;
    if (raw == null) {
      return null;
    }
    try {
      return Instant.parse(raw.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The item's values in the formats its collection's fields take (wix.md §3.4): a date-only {@code YYYY-MM-DD}
   * (what a Notion date without a time maps to) bound for a DATETIME field becomes {@code {"$date":
   * "YYYY-MM-DDT00:00:00.000Z"}}. Wix would store the bare string anyway (the schema is not enforced, §2.3), and the
   * CMS would then not show it as a date; a collection created by {@code --create-collection} types every default
   * date DATETIME, so this is what makes its dates dates. Other values pass unchanged.
   */
  static Map<String, Object> fitted(Map<String, Object> data, Map<String, String> fieldTypes) {
    if (fieldTypes.isEmpty()) {
      return data;
    }
    Map<String, Object> fitted = new java.util.LinkedHashMap<>(data);
    fitted.replaceAll((key, value) -> "DATETIME".equals(fieldTypes.get(key)) && value instanceof String text
        && DATE_ONLY.matcher(text).matches() ? Map.of("$date", text + "T00:00:00.000Z") : value);
    return fitted;
  }

  private static final java.util.regex.Pattern DATE_ONLY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Size of the item as serialized JSON, the measure of Wix's item size limit. */
  static int jsonBytes(Map<String, Object> data) {
    return JSON.writeValueAsBytes(data).length;
  }
}
