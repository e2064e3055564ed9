package io.wiredchaos.notionwix.sync;

import java.util.List;
import java.util.Map;

/**
 * What a published page should look like in Wix, fully mapped but with Notion-hosted media not yet re-hosted.
 *
 * @param page the row it came from
 * @param data field values in plain Java types (String, Number, Boolean, List, Map; null clears a field),
 *     bookkeeping included; key order is kept
 * @param syncHash hash of the mapped content; equal hashes mean nothing to write
 * @param media Notion-hosted files to re-host before writing
 * @param warnings conversion warnings, reported with the item
 */
public record DesiredItem(
    SourcePage page, Map<String, Object> data, String syncHash, List<MediaSource> media, List<String> warnings) {

  public DesiredItem {
    // Null values are meaningful (an empty property clears its field), so no Map.copyOf here.
    data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    media = List.copyOf(media);
    warnings = List.copyOf(warnings);
  }

  public String itemId() {
    return page.pageId();
  }
}
