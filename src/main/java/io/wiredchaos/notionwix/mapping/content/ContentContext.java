package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.ConversionWarning;
import io.wiredchaos.notionwix.mapping.MediaPlaceholder;
import io.wiredchaos.notionwix.mapping.MediaRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * State of one page body conversion: the page, how synced pages resolve to site URLs, and what the
 * conversion collects (warnings, media to re-host, node ids in use). Not shared between pages or threads.
 */
final class ContentContext {

  private final String pageId;
  private final Function<String, Optional<String>> pageUrls;
  private final List<ConversionWarning> warnings = new ArrayList<>();
  private final List<MediaRef> media = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private int anonymous;

  ContentContext(String pageId, Function<String, Optional<String>> pageUrls) {
    this.pageId = pageId;
    this.pageUrls = pageUrls == null ? id -> Optional.empty() : pageUrls;
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
   * A unique node id derived from the block id ({@code b} + hex, wix.md §5.1), with a suffix when taken.
   * Deterministic: depends only on the input and its order.
   */
  String id(String blockId, String suffix) {
    String base = blockId == null ? "n" + (anonymous++) : "b" + blockId.replaceAll("[^A-Za-z0-9]", "");
    String candidate = suffix.isEmpty() ? base : base + "-" + suffix;
    String unique = candidate;
    for (int n = 2; !ids.add(unique); n++) {
      unique = candidate + "-" + n;
    }
    return unique;
  }

  List<ConversionWarning> warnings() {
    return List.copyOf(warnings);
  }

  List<MediaRef> mediaRefs() {
    return List.copyOf(media);
  }
}
