package io.wiredchaos.notionwix.wix.api;

/**
 * The outcome of one item of a bulk save or remove (wix.md §2.4). A bulk call answers 200 even when items fail, so
 * every result must be checked; results are correlated by the item's position in the caller's list, because a
 * failed creation carries no id.
 *
 * @param originalIndex position of the item in the list the caller passed (across chunks)
 * @param success whether Wix applied it
 * @param itemId the item id when known
 * @param action {@code INSERT}, {@code UPDATE}, {@code DELETE}, … as sent, or null
 * @param errorCode WDE code when it failed (or {@code NO_RESULT} when Wix returned nothing for it), else null
 * @param errorMessage Wix's description when it failed, else null
 */
public record BulkItemResult(
    int originalIndex, boolean success, String itemId, String action, String errorCode, String errorMessage) {

  public static BulkItemResult failed(int originalIndex, String itemId, String code, String message) {
    return new BulkItemResult(originalIndex, false, itemId, null, code, message);
  }
}
