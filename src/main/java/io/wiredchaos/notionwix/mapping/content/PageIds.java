package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.notion.api.NotionIdForm;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Notion page ids in the canonical form: lowercase UUID with dashes (notion.md §4.1). */
public final class PageIds {

  private static final Pattern HEX32 = Pattern.compile("([0-9a-fA-F]{32})(?![0-9a-fA-F])");
  private static final Pattern UUID =
      Pattern.compile("([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})");

  private PageIds() {}

  /** The canonical id of a dashed or undashed id, or null when the text is not one. */
  public static String normalize(String id) {
    if (id == null) {
      return null;
    }
    if (NotionIdForm.isCanonical(id)) {
      return id;
    }
    String hex = id.replace("-", "");
    if (hex.length() != 32) {
      return null;
    }
    for (int i = 0; i < 32; i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        return null;
      }
    }
    return dashed(hex);
  }

  /**
   * The page id inside a Notion link ({@code /abc…}, {@code https://www.notion.so/Title-abc…},
   * {@code https://app.notion.com/p/abc…}), or null when the URL is not a Notion page link.
   */
  public static String fromNotionUrl(String url) {
    if (url == null) {
      return null;
    }
    boolean notion = url.startsWith("/") || url.contains("notion.so") || url.contains("notion.com")
        || url.contains("notion.site");
    if (!notion) {
      return null;
    }
    String path = UrlParts.beforeQuery(url);
    Matcher uuid = UUID.matcher(path);
    if (uuid.find()) {
      return normalize(uuid.group());
    }
    Matcher hex = HEX32.matcher(path);
    String last = null;
    while (hex.find()) {
      last = hex.group(1);
    }
    return last == null ? null : dashed(last);
  }


  private static String dashed(String hex) {
    String h = hex.toLowerCase(Locale.ROOT);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
        + "-" + h.substring(20);
  }
}
