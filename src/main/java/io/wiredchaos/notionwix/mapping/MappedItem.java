package io.wiredchaos.notionwix.mapping;

import java.util.List;
import java.util.Map;

/**
 * A Notion page as the Wix item it should be.
 *
 * @param itemId Wix item id = Notion page id (lowercase UUID with dashes; wix.md §2.2 allows custom ids)
 * @param data field key → plain Java value (String, Long, Double, Boolean, List, LinkedHashMap; DATETIME as
 *     {@code {"$date": iso}}, the Ricos document as nested maps). Includes the bookkeeping fields
 *     {@code notionPageId}, {@code notionUrl}, {@code notionLastEdited} and {@code syncHash}. Notion-hosted
 *     media are placeholders until {@link MediaRewrite#apply} runs.
 * @param syncHash {@link SyncHash} of {@code data} without bookkeeping
 * @param warnings what could not be reproduced exactly
 * @param media Notion-hosted files to import into Wix Media before writing
 */
public record MappedItem(
    String itemId, Map<String, Object> data, String syncHash, List<ConversionWarning> warnings, List<MediaRef> media) {

  public MappedItem {
    warnings = List.copyOf(warnings);
    media = List.copyOf(media);
  }
}
