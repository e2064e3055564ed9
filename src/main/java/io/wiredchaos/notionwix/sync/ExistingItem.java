package io.wiredchaos.notionwix.sync;

import java.time.Instant;

/**
 * An item already in the Wix collection, as the cheap projected query returns it.
 *
 * @param itemId Wix {@code _id}
 * @param notionPageId the page it came from; null for items authored by hand, which are never touched
 * @param notionLastEdited the page's {@code last_edited_time} when the item was written; null if unknown
 * @param syncHash hash of the mapped item when it was written; null if unknown
 * @param title the item's title, for reports
 * @param writtenAt when Wix last stored the item ({@code _updatedDate}); null if unknown
 */
public record ExistingItem(
    String itemId, String notionPageId, Instant notionLastEdited, String syncHash, String title, Instant writtenAt) {

  /** Whether this product created the item (only those may be updated or deleted). */
  public boolean managed() {
    return notionPageId != null && !notionPageId.isBlank();
  }
}
