package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.ConversionWarning;
import io.wiredchaos.notionwix.mapping.MediaPlaceholder;
import io.wiredchaos.notionwix.mapping.MediaRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * State of one page body conversion: the page, how synced pages resolve to site URLs, and what the
 * conversion collects (warnings, media to re-host, node ids in use). Not shared between pages or threads.
 */
final class ContentContext {

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
    String base = blockId == null ? "n" + (anonymous++) : "b" + tail(blockId);
    String candidate = suffix.isEmpty() ? base : base + "-" + suffix;
    String unique = candidate;
    for (int n = 2; !ids.add(unique); n++) {
      unique = candidate + "-" + n;
    }
    return unique;
  }

  private static String tail(String blockId) {
    char[] out = new char[12];
    int n = 0;
    for (int i = blockId.length() - 1; i >= 0 && n < out.length; i--) {
      char c = blockId.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out[out.length - 1 - n++] = c;
      }
    }
    return new String(out, out.length - n, n);
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
