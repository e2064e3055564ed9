package io.wiredchaos.notionwix.sync;

import java.util.Map;

/**
 * A change as the journal keeps it: enough to show it and to undo it.
 *
 * @param outcome {@code PLANNED} (written before the request, so a crash leaves a trace), {@code APPLIED},
 *     {@code FAILED} or {@code SKIPPED}
 */
public record RecordedChange(
    String runId, String itemId, String pageId, String title, ChangeAction action, ChangeReason reason,
    Map<String, Object> before, Map<String, Object> after, String outcome, String error) {}
