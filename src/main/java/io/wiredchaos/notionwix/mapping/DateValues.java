package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Notion dates (notion.md §4.2: {@code "2026-09-15"} or a date-time with offset) as Wix values (wix.md §3.4):
 * a DATE string {@code YYYY-MM-DD}, or a DATETIME {@code {"$date": "…Z"}} in UTC with milliseconds.
 */
final class DateValues {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private DateValues() {}

  /** The Wix value of one Notion date string; null for null/blank; the text itself when it does not parse. */
  static Object value(String notionDate, boolean dateOnly) {
    if (notionDate == null || notionDate.isBlank()) {
      return null;
    }
    if (notionDate.length() == 10) {
      return notionDate;
    }
    if (dateOnly) {
      return notionDate.substring(0, Math.min(10, notionDate.length()));
    }
    try {
      return dateTime(OffsetDateTime.parse(notionDate).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return dateTime(Instant.parse(notionDate));
      } catch (DateTimeParseException again) {
        return notionDate;
      }
    }
  }

  /** {@code {"$date": "2026-09-15T10:14:00.000Z"}}. */
  static Map<String, Object> dateTime(Instant instant) {
    return new java.util.LinkedHashMap<>(Map.of("$date", ISO_MILLIS.format(instant)));
  }

  static Object start(JsonNode date, boolean dateOnly) {
    return value(Json.text(date, "start"), dateOnly);
  }

  static Object end(JsonNode date, boolean dateOnly) {
    return value(Json.text(date, "end"), dateOnly);
  }
}
