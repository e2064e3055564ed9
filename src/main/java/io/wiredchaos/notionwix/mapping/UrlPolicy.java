package io.wiredchaos.notionwix.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for every URL the mapping writes into Wix, where it lands on a public website. Allowed: {@code http},
 * {@code https} (with a host), {@code mailto}, {@code tel}, in-page anchors ({@code #section-2}) and site-relative
 * paths ({@code /articles/x}). Everything else is refused: other schemes in any case ({@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code file:}…), protocol-relative {@code //host}, other relative references
 * (which is where HTML entity tricks such as {@code javascript&colon;…} or {@code &#106;avascript:…} end up: an
 * entity can never be part of a scheme, so such text has no scheme and does not start with {@code /} or {@code #}),
 * URLs with whitespace, control or invisible characters anywhere (browsers drop tabs and newlines inside a URL and
 * strip leading controls, WHATWG URL §4.4, so {@code java\tscript:} runs as {@code javascript:}), backslashes
 * (browsers read {@code /\host} as {@code //host}), and URLs longer than {@link #MAX_LENGTH}.
 *
 * <p>Parsing is {@link URI}'s. Before parsing, a copy has the few characters that browsers accept and
 * percent-encode but RFC 2396 forbids ({@code " < > ` { } | ^ [ ]} after the host, a {@code %} not followed by two
 * hex digits) percent-encoded, so a pasted {@code https://example.com/?q="x"} is judged by its scheme and host like
 * any other. Those characters cannot occur in a scheme or change where it ends, so they cannot change the verdict.
 * An allowed URL is written exactly as the editor typed it.
 *
 * <p>Pure and thread-safe; cheap for the common case (plain {@code http(s)} URLs are read by {@link QuickUrl}).
 */
public final class UrlPolicy {

  /**
   * Longest URL written: Notion's own cap for link URLs (notion.md §0 and §2.2: "link URL ≤ 2000", "any URL ≤ 2000
   * characters"), so no legitimate Notion link is refused for its length.
   */
  public static final int MAX_LENGTH = 2000;

  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final String ENCODED_FOR_PARSING = "\"<>`{}|^[]";

  /** Where a URL goes; the allowed forms differ. */
  public enum Use {
    /** a link the reader follows: text links, bookmarks, page links, URL fields; every allowed form */
    LINK,
    /** a source a page loads: external image, video, audio, file, embed, cover and files-property URLs; http(s) */
    MEDIA,
    /**
     * a Notion-hosted file (notion.md §6: signed https S3 URLs; http on the sandbox's loopback host): http(s), no
     * length cap, because it is only downloaded and replaced by a Wix media reference, never written into Wix
     */
    NOTION_FILE
  }

  /**
   * @param url the URL as given
   * @param refusal why it may not be written (a short phrase for a warning; names no URL content beyond the
   *     scheme), or null when it is allowed
   */
  public record Verdict(String url, String refusal) {

    public boolean allowed() {
      return refusal == null;
    }
  }

  private UrlPolicy() {}

  /** The verdict on {@code url} for {@code use}; null and blank URLs are refused as empty. */
  public static Verdict check(String url, Use use) {
    return new Verdict(url, refusal(url, use));
  }

  private static String refusal(String url, Use use) {
    if (url == null || url.isEmpty()) {
      return "empty URL";
    }
    if (url.length() > MAX_LENGTH && use != Use.NOTION_FILE) {
      return "longer than " + MAX_LENGTH + " characters";
    }
    if (QuickUrl.hostAndPath(url) != null) {
      return null;
    }
    for (int i = 0; i < url.length(); i += Character.charCount(url.codePointAt(i))) {
      int c = url.codePointAt(i);
      if (invisible(c)) {
        return "contains whitespace, control or invisible characters";
      }
      if (c == '\\') {
        return "contains a backslash";
      }
    }
    URI uri;
    try {
      uri = new URI(encodedForParsing(url));
    } catch (URISyntaxException e) {
      return "not a well-formed URL";
    }
    return uri.getScheme() == null ? relative(url, use) : absolute(uri, use);
  }

  private static String absolute(URI uri, Use use) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!LINK_SCHEMES.contains(scheme) || !web && use != Use.LINK) {
      return "scheme \"" + (scheme.length() > 20 ? scheme.substring(0, 20) + "…" : scheme) + "\" is not allowed";
    }
    // mailto and tel: URI has already refused an empty address ("mailto:")
    return web && (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) ? "no host"
        : null;
  }

  private static String relative(String url, Use use) {
    if (url.startsWith("//")) {
      return "protocol-relative URL";
    }
    if (use != Use.LINK) {
      return "not an absolute http(s) URL";
    }
    if (url.charAt(0) == '/') {
      return null;
    }
    if (url.charAt(0) == '#') {
      return plainAnchor(url) ? null : "not a plain in-page anchor";
    }
    return "relative URL (only /site-paths and #anchors are allowed)";
  }

  /** {@code #} then letters, digits, {@code - _ . : ~} and percent escapes (node ids, heading slugs). */
  private static boolean plainAnchor(String url) {
    if (url.length() < 2) {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.:~%".indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whitespace and controls anywhere (C0, DEL, C1), Unicode spaces and line separators, and format characters
   * (zero-width space, joiners, bidi controls, BOM, soft hyphen) that hide what a URL says.
   */
  private static boolean invisible(int c) {
    return c <= 0x20 || c >= 0x7F && c <= 0x9F || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** The URL with {@link #ENCODED_FOR_PARSING} (after the host) and stray {@code %} percent-encoded. */
  private static String encodedForParsing(String url) {
    int from = afterAuthority(url);
    StringBuilder out = null;
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean stray = c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2)));
      if (stray || ENCODED_FOR_PARSING.indexOf(c) >= 0) {
        if (out == null) {
          out = new StringBuilder(url.length() + 16).append(url, 0, i);
        }
        out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? url : out.toString();
  }

  /** Index after {@code scheme://authority} or {@code //authority}; 0 when the URL has no authority. */
  private static int afterAuthority(String url) {
    int slashes = url.indexOf("//");
    int colon = url.indexOf(':');
    if (slashes < 0 || slashes != 0 && (colon < 0 || slashes != colon + 1)) {
      return 0;
    }
    int end = slashes + 2;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
