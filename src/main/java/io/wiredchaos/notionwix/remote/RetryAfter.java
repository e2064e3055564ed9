package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a server-requested wait (RFC 9110 Retry-After: delta-seconds or an HTTP-date). */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the value asks for, or null when it is absent or unreadable. Seconds are honoured in full, even above
   * 60 s (Notion's workspace limit, notion.md §2.1); a date in the past gives zero.
   */
  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
