package io.wiredchaos.notionwix.sync;

/**
 * A page a scoped run was asked for ({@code sync --only}, a webhook batch, the trigger's {@code pageIds}) and left
 * alone because it is not a row of the synced data source, is in the trash, or cannot be read by the integration.
 * It is a note in the run report, not a failure: a Notion integration hears of every page shared with it
 * (notion.md §9.1), and events arrive late (§9.5), so such ids are normal and must not stop the real edits.
 *
 * @param pageId the id as asked for, canonical
 * @param reason why it was skipped, for the report
 */
public record SkippedPage(String pageId, String reason) {}
