package io.wiredchaos.notionwix.mapping.content;

/** Pieces of URL text without parsing or regex (called per link, image and file). */
public final class UrlParts {

  private UrlParts() {}

  /** The text before the first {@code ?} or {@code #}: {@code url.split("[?#]", 2)[0]} without a regex. */
  public static String beforeQuery(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        return url.substring(0, i);
      }
    }
    return url;
  }
}
