package io.wiredchaos.notionwix.mapping;

import java.net.URI;

/**
 * The marker a Notion-hosted file leaves in mapped data until {@link MediaRewrite} swaps it for the Wix
 * media reference. It is derived from the stable source key only, so the sync hash does not change when
 * Notion re-signs its URLs (notion.md §6).
 */
public final class MediaPlaceholder {

  /** Prefix of every placeholder string; never a valid URL scheme Wix would accept. */
  public static final String PREFIX = "notion-media:";

  private MediaPlaceholder() {}

  public static String of(String sourceKey) {
    return PREFIX + sourceKey;
  }

  public static boolean is(Object value) {
    return value instanceof String s && s.startsWith(PREFIX);
  }

  public static String sourceKey(String placeholder) {
    return placeholder.substring(PREFIX.length());
  }

  /**
   * Host and path of a URL without the query string: stable for the same upload although the signature
   * changes on every read. Falls back to the text before {@code ?} when the URL does not parse. Defined by
   * {@link URI}'s parser; the plain {@code http(s)} URLs Notion signs are read by {@link QuickUrl} instead.
   */
  public static String sourceKeyOf(String url) {
    String quick = QuickUrl.hostAndPath(url);
    if (quick != null) {
      return quick;
    }
    try {
      URI uri = URI.create(url);
      if (uri.getHost() != null) {
        return uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath());
      }
    } catch (IllegalArgumentException e) {
      // not a URI: use the raw prefix below
    }
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
