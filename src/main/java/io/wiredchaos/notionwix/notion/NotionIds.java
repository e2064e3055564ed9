package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionIdForm;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notion ids as operators paste them (notion.md §1.3): a dashed UUID, 32 hex digits, or a page/database URL such
 * as {@code https://www.notion.so/team/Blog-posts-248104cd477e80fdb757e945d38000bd?v=…}. The id is the last
 * 32-hex run before the query string (a view id in {@code ?v=} is not the database). This is the one parser of
 * ids an operator gives: the configured database, {@code sync --only} and the trigger route's {@code pageIds}.
 */
public final class NotionIds {

  private static final Pattern DASHED =
      Pattern.compile("([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})");
  private static final Pattern PLAIN = Pattern.compile("(?<![0-9a-fA-F])([0-9a-fA-F]{32})(?![0-9a-fA-F])");

  private NotionIds() {}

  /**
   * The lowercase dashed UUID in {@code input}.
   *
   * @throws IllegalArgumentException naming the input when it holds no Notion id
   */
  public static String normalize(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("a Notion id is required (32 hex digits, a UUID or a notion.so URL)");
    }
    String candidate = input.strip();
    if (NotionIdForm.isCanonical(candidate)) {
      return candidate; // what the API returns: the common case, answered without a copy
    }
    int query = candidate.indexOf('?');
    String beforeQuery = query >= 0 ? candidate.substring(0, query) : candidate;
    int fragment = beforeQuery.indexOf('#');
    beforeQuery = fragment >= 0 ? beforeQuery.substring(0, fragment) : beforeQuery;
    String hex = lastMatch(DASHED.matcher(beforeQuery), true);
    if (hex == null) {
      hex = lastMatch(PLAIN.matcher(beforeQuery), false);
    }
    if (hex == null) {
      throw new IllegalArgumentException("'" + shorten(candidate)
          + "' is not a Notion id: expected 32 hex digits, a UUID or a notion.so URL ending in one");
    }
    hex = hex.toLowerCase(Locale.ROOT);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }


  private static String lastMatch(Matcher matcher, boolean dashed) {
    String found = null;
    while (matcher.find()) {
      found = dashed ? matcher.group().replace("-", "") : matcher.group(1);
    }
    return found;
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "…";
  }
}
