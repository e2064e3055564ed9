package io.wiredchaos.notionwix.sync;

import java.time.Instant;

/**
 * One published row as the cheap property query returns it, before its body is read.
 *
 * @param pageId Notion page id, which is also the Wix item id (deterministic, so runs are idempotent)
 * @param title plain-text title, for reports
 * @param notionUrl link to the page, for reports
 * @param lastEdited Notion's {@code last_edited_time} (minute precision)
 */
public record SourcePage(String pageId, String title, String notionUrl, Instant lastEdited) {}
