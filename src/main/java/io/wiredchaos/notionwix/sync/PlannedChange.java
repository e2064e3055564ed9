package io.wiredchaos.notionwix.sync;

import java.util.List;
import java.util.Map;

/**
 * One step of a plan. {@code before} is the item as Wix holds it (null for CREATE), {@code after} what will be
 * written (null for DELETE); together they make the change reversible.
 */
public record PlannedChange(
    String itemId,
    String pageId,
    String title,
    String notionUrl,
    ChangeAction action,
    ChangeReason reason,
    Map<String, Object> before,
    Map<String, Object> after,
    List<FieldChange> fields) {

  public PlannedChange {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
