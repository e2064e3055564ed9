package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Notion dates (notion.md §4.2: {@code "2026-09-15"} or a date-time with offset) as Wix values (wix.md §3.4):
 * a DATE string {@code YYYY-MM-DD}, or a DATETIME {@code {"$date": "…Z"}} in UTC with milliseconds.
 * <p>
 * The date-times Notion sends ({@code 2026-09-15T10:14:00.000Z}, {@code 2026-09-15T09:00:00.000+02:00}) are read
 * and written by hand; anything else goes through {@link OffsetDateTime#parse} and {@link #ISO_MILLIS}, which
 * define the result (the hand-written path gives the same text for the inputs it accepts, DateValuesTest).
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
    String quick = QuickDateTime.utcMillis(notionDate);
    if (quick != null) {
      return wrap(quick);
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
    String quick = QuickDateTime.format(instant.getEpochSecond(), instant.getNano());
    return wrap(quick != null ? quick : ISO_MILLIS.format(instant));
  }

  private static Map<String, Object> wrap(String utcMillis) {
    Map<String, Object> value = new LinkedHashMap<>(2);
    value.put("$date", utcMillis);
    return value;
  }

  static Object start(JsonNode date, boolean dateOnly) {
    return value(Json.text(date, "start"), dateOnly);
  }

  static Object end(JsonNode date, boolean dateOnly) {
    return value(Json.text(date, "end"), dateOnly);
  }
}
