package io.wiredchaos.notionwix.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The item being built for one page: data in field order plus what the mapping collects on the way. */
final class ItemDraft {

  final String pageId;
  final MappingContext ctx;
  final Map<String, Object> data = new LinkedHashMap<>();
  final List<ConversionWarning> warnings = new ArrayList<>();
  final List<MediaRef> media = new ArrayList<>();

  ItemDraft(String pageId, MappingContext ctx) {
    this.pageId = pageId;
    this.ctx = ctx;
  }

  void warn(String code, String message) {
    warnings.add(new ConversionWarning(pageId, null, code, message));
  }

  /**
   * {@code url} when {@link UrlPolicy} allows it for {@code use}; otherwise null and an {@code UNSAFE_URL} warning
   * naming the field.
   *
   * @param what e.g. {@code "cover image"}, {@code "field website"}
   * @param instead what happens to the value, e.g. {@code "left out"}
   */
  String allowedUrl(String url, UrlPolicy.Use use, String what, String instead) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.allowed()) {
      return url;
    }
    warn("UNSAFE_URL", what + " URL refused (" + verdict.refusal() + "); " + instead);
    return null;
  }

  /** Records a Notion-hosted file and returns its placeholder. */
  String media(String url, String role) {
    String key = MediaPlaceholder.sourceKeyOf(url);
    media.add(new MediaRef(key, url, pageId, null, role));
    return MediaPlaceholder.of(key);
  }
}
