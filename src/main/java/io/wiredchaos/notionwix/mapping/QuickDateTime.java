package io.wiredchaos.notionwix.mapping;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * The common shapes of Notion date-times read and written without {@code java.time} formatters, which cost more
 * than the rest of a page's properties. Accepts only {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]} followed by {@code Z}
 * or {@code ±HH:MM}, years 1000–9999 and valid field values: exactly the inputs whose result is certain. For
 * everything else it answers null and {@link DateValues} asks {@code java.time}, the definition of the result.
 */
final class QuickDateTime {

  private QuickDateTime() {}

  /**
   * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC (milliseconds truncated, as {@code SSS} formats them) of an ISO
   * date-time with offset, or null when the text is not one of the accepted shapes.
   */
  static String utcMillis(String s) {
    int length = s.length();
    if (length < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int millis = 0;
    int p = 16;
    if (s.charAt(p) == ':') {
      second = p + 3 <= length ? digits(s, p + 1, 2) : -1;
      p += 3;
      if (p < length && s.charAt(p) == '.') {
        int start = ++p;
        while (p < length && p - start < 10 && isDigit(s.charAt(p))) {
          p++;
        }
        int count = p - start;
        if (count == 0 || count > 9) {
          return null;
        }
        millis = digits(s, start, Math.min(3, count)) * (count == 1 ? 100 : count == 2 ? 10 : 1);
      }
    }
    if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    int offsetSeconds;
    if (p == length - 1 && s.charAt(p) == 'Z') {
      offsetSeconds = 0;
    } else if (p == length - 6 && (s.charAt(p) == '+' || s.charAt(p) == '-') && s.charAt(p + 3) == ':') {
      int offsetHours = digits(s, p + 1, 2);
      int offsetMinutes = digits(s, p + 4, 2);
      if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (s.charAt(p) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
      return null;
    }
    if (offsetSeconds == 0) {
      return format(year, month, day, hour, minute, second, millis);
    }
    LocalDateTime utc = LocalDateTime.of(year, month, day, hour, minute, second).minusSeconds(offsetSeconds);
    return format(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(), utc.getHour(), utc.getMinute(),
        utc.getSecond(), millis);
  }

  private static final long FIRST = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

  /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} of an instant in UTC; null outside years 1000–9999. */
  static String format(long epochSecond, int nanos) {
    if (epochSecond < FIRST || epochSecond > LAST) {
      return null;
    }
    LocalDateTime utc = LocalDateTime.ofEpochSecond(epochSecond, nanos, ZoneOffset.UTC);
    return format(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(), utc.getHour(), utc.getMinute(),
        utc.getSecond(), utc.getNano() / 1_000_000);
  }

  private static String format(int year, int month, int day, int hour, int minute, int second, int millis) {
    if (year < 1000 || year > 9999) {
      return null;
    }
    char[] out = new char[24];
    put(out, 0, year, 4);
    out[4] = '-';
    put(out, 5, month, 2);
    out[7] = '-';
    put(out, 8, day, 2);
    out[10] = 'T';
    put(out, 11, hour, 2);
    out[13] = ':';
    put(out, 14, minute, 2);
    out[16] = ':';
    put(out, 17, second, 2);
    out[19] = '.';
    put(out, 20, millis, 3);
    out[23] = 'Z';
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
