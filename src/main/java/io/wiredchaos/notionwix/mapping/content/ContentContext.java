package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.ConversionWarning;
import io.wiredchaos.notionwix.mapping.MediaPlaceholder;
import io.wiredchaos.notionwix.mapping.MediaRef;
import io.wiredchaos.notionwix.mapping.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * State of one page body conversion: the page, how synced pages resolve to site URLs, and what the
 * conversion collects (warnings, media to re-host, node ids in use). Not shared between pages or threads.
 */
final class ContentContext {

  /** Warning code of a URL that {@link UrlPolicy} refused. */
  static final String UNSAFE_URL = "UNSAFE_URL";

  private final String pageId;
  private final Function<String, Optional<String>> pageUrls;
  private final Function<String, Optional<String>> pageTitles;
  private final List<ConversionWarning> warnings = new ArrayList<>();
  private final List<MediaRef> media = new ArrayList<>();
  private final StringSet ids = new StringSet();
  private int anonymous;
  private boolean tableOfContents;

  ContentContext(String pageId, Function<String, Optional<String>> pageUrls) {
    this(pageId, pageUrls, null);
  }

  ContentContext(String pageId, Function<String, Optional<String>> pageUrls,
      Function<String, Optional<String>> pageTitles) {
    this.pageId = pageId;
    this.pageUrls = pageUrls == null ? id -> Optional.empty() : pageUrls;
    this.pageTitles = pageTitles == null ? id -> Optional.empty() : pageTitles;
  }

  /** The title of a synced page, when the caller provided titles. */
  Optional<String> pageTitle(String notionPageId) {
    String normalized = PageIds.normalize(notionPageId);
    Optional<String> title = normalized == null ? Optional.empty() : pageTitles.apply(normalized);
    return title == null ? Optional.empty() : title.filter(t -> !t.isBlank());
  }

  String pageId() {
    return pageId;
  }

  /** The site URL of a synced page (id with or without dashes), empty when that page is not on the site. */
  Optional<String> pageUrl(String notionPageId) {
    String normalized = PageIds.normalize(notionPageId);
    if (normalized == null) {
      return Optional.empty();
    }
    Optional<String> url = pageUrls.apply(normalized);
    return url == null ? Optional.empty() : url;
  }

  void warn(String blockId, String code, String message) {
    warnings.add(new ConversionWarning(pageId, blockId, code, message));
  }

  /**
   * {@code url} when {@link UrlPolicy} allows it for {@code use}; otherwise null and an {@code UNSAFE_URL} warning
   * naming the block, what the URL was for and what the reader sees instead.
   *
   * @param what e.g. {@code "link"}, {@code "bookmark"}
   * @param instead what happens to the content, e.g. {@code "kept as plain text"}
   */
  String allowedUrl(String url, UrlPolicy.Use use, String blockId, String what, String instead) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.allowed()) {
      return url;
    }
    warn(blockId, UNSAFE_URL, what + " URL refused (" + verdict.refusal() + "); " + instead);
    return null;
  }

  /** Records a Notion-hosted file and returns the placeholder to put in the document. */
  String media(String url, String blockId, String role) {
    String key = MediaPlaceholder.sourceKeyOf(url);
    media.add(new MediaRef(key, url, pageId, blockId, role));
    return MediaPlaceholder.of(key);
  }

  /**
   * A unique node id derived from the block id, with a suffix when taken (wix.md §5.1: starts with a letter,
   * then letters, digits, {@code -} and {@code _}). The id is {@code b} + the block id's last 12 alphanumerics:
   * the random tail of Notion's UUIDs (their head is time-ordered, so shared by blocks created together), which
   * keeps documents small against Wix's 500 kb item limit. Deterministic: depends only on the input and its order.
   */
  String id(String blockId, String suffix) {
    String candidate = blockId == null ? suffix.isEmpty() ? "n" + anonymous++ : "n" + anonymous++ + "-" + suffix
        : fromBlock(blockId, suffix);
    String unique = candidate;
    for (int n = 2; !ids.add(unique); n++) {
      unique = candidate + "-" + n;
    }
    return unique;
  }

  /**
   * {@code b} + the last 12 ASCII letters and digits of the block id, then {@code -suffix} when there is one,
   * built in one char array (this runs for almost every node of a body).
   */
  private static String fromBlock(String blockId, String suffix) {
    char[] tail = new char[12];
    int n = 0;
    for (int i = blockId.length() - 1; i >= 0 && n < tail.length; i--) {
      char c = blockId.charAt(i);
      if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        tail[tail.length - 1 - n++] = c;
      }
    }
    char[] out = new char[1 + n + (suffix.isEmpty() ? 0 : 1 + suffix.length())];
    out[0] = 'b';
    System.arraycopy(tail, tail.length - n, out, 1, n);
    if (!suffix.isEmpty()) {
      out[1 + n] = '-';
      suffix.getChars(0, suffix.length(), out, 2 + n);
    }
    return new String(out);
  }

  /** Marks that a table_of_contents block left a marker to fill once all headings exist. */
  void tableOfContents() {
    tableOfContents = true;
  }

  boolean hasTableOfContents() {
    return tableOfContents;
  }

  List<ConversionWarning> warnings() {
    return List.copyOf(warnings);
  }

  List<MediaRef> mediaRefs() {
    return List.copyOf(media);
  }
}
