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

  /** Records a Notion-hosted file and returns its placeholder. */
  String media(String url, String role) {
    String key = MediaPlaceholder.sourceKeyOf(url);
    media.add(new MediaRef(key, url, pageId, null, role));
    return MediaPlaceholder.of(key);
  }
}
