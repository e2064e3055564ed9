package io.wiredchaos.notionwix.web;

import java.util.Map;
import java.util.Optional;

/**
 * Read access to the Wix collection for the dashboard; implemented by the Wix adapter. Methods may throw
 * (unreachable, no key): the routes answer {@code reachable=false} with the error instead.
 */
public interface WixOverview {

  /** The collection at a glance; {@code managedCount} counts items carrying a Notion page id. */
  record Status(String collectionId, long itemCount, long managedCount) {}

  Status status();

  /** The item as stored, or empty when the collection has no such item. */
  Optional<Map<String, Object>> item(String itemId);
}
