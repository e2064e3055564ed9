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

  /** Size of the item as serialized JSON, the measure of Wix's item size limit. */
  static int jsonBytes(Map<String, Object> data) {
    return JSON.writeValueAsBytes(data).length;
  }
}
