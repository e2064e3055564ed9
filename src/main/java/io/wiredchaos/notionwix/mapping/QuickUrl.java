package io.wiredchaos.notionwix.mapping;

/**
 * Host and raw path of the plain {@code http(s)} URLs Notion hands out (S3 signed links), read without
 * {@link java.net.URI}, whose parser costs more than the rest of a file property. Accepts only URLs that
 * {@code URI} certainly parses as server-based with that host: {@code http(s)://}, a host name of letter-led
 * labels ({@code [A-Za-z0-9-]}, no dash at either end, no trailing dot, no port, no user info), then path, query
 * and fragment of ASCII characters that URI allows there ({@code %} only before two hex digits). Anything else
 * answers null and the caller asks {@code URI} (MediaPlaceholderTest compares both on random URLs).
 */
final class QuickUrl {

  private static final int PATH = 1;
  private static final int QUERY = 2;
  /** Per ASCII character: may it appear in a path (bit PATH) and in a query or fragment (bit QUERY)? */
  private static final byte[] ALLOWED = new byte[128];

  static {
    String unreserved = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()";
    allow(unreserved + ":@&=+$,;/", PATH);
    allow(unreserved + ";/?:@&=+$,[]", QUERY);
  }

  private QuickUrl() {}

  private static void allow(String chars, int bit) {
    for (int i = 0; i < chars.length(); i++) {
      ALLOWED[chars.charAt(i)] |= (byte) bit;
    }
  }

  /** {@code host + rawPath} as {@code URI} gives them, or null when the URL is not of the accepted kind. */
  static String hostAndPath(String url) {
    int start = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    if (start < 0) {
      return null;
    }
    int length = url.length();
    int hostEnd = host(url, start);
    if (hostEnd < 0 || hostEnd < length && url.charAt(hostEnd) != '/' && url.charAt(hostEnd) != '?'
        && url.charAt(hostEnd) != '#') {
      return null;
    }
    int pathEnd = scan(url, hostEnd, PATH);
    if (pathEnd < 0) {
      return null;
    }
    int p = pathEnd;
    if (p < length && url.charAt(p) == '?') {
      p = scan(url, p + 1, QUERY);
    }
    if (p >= 0 && p < length && url.charAt(p) == '#') {
      p = scan(url, p + 1, QUERY);
    }
    return p == length ? url.substring(start, pathEnd) : null;
  }

  /**
   * End of a host name at {@code start}: labels of letters, digits and inner dashes separated by single dots,
   * the first starting with a letter (so never an IPv4 address) and the last too (URI's top label rule). -1 when
   * the host is not such a name.
   */
  private static int host(String url, int start) {
    int length = url.length();
    int p = start;
    int labelStart;
    do {
      labelStart = p;
      while (p < length && (isAlphanumeric(url.charAt(p)) || url.charAt(p) == '-')) {
        p++;
      }
      if (p == labelStart || url.charAt(labelStart) == '-' || url.charAt(p - 1) == '-') {
        return -1;
      }
    } while (p < length && url.charAt(p) == '.' && ++p > 0);
    return isLetter(url.charAt(start)) && isLetter(url.charAt(labelStart)) ? p : -1;
  }

  /** End of the run of characters allowed by {@code bit} (with {@code %XX} escapes), at a character that is not. */
  private static int scan(String url, int p, int bit) {
    int length = url.length();
    while (p < length) {
      char c = url.charAt(p);
      if (c < 128 && (ALLOWED[c] & bit) != 0) {
        p++;
      } else if (c == '%') {
        if (p + 2 >= length || !isHex(url.charAt(p + 1)) || !isHex(url.charAt(p + 2))) {
          return -1;
        }
        p += 3;
      } else {
        return c == '?' || c == '#' ? p : -1;
      }
    }
    return p;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAlphanumeric(char c) {
    return isLetter(c) || c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
