package io.wiredchaos.notionwix.sync;

import java.util.Map;

/**
 * The target's answer for one item of a bulk write.
 *
 * @param itemId the item
 * @param ok whether it was stored or removed
 * @param kind failure kind when not ok
 * @param message failure message when not ok
 * @param written the data as stored (after media rewriting), when ok and known; the next rollback restores it
 */
public record ItemResult(String itemId, boolean ok, FailureKind kind, String message, Map<String, Object> written) {

  public static ItemResult stored(String itemId, Map<String, Object> written) {
    return new ItemResult(itemId, true, null, null, written);
  }

  public static ItemResult failed(String itemId, FailureKind kind, String message) {
    return new ItemResult(itemId, false, kind, message, null);
  }
}
