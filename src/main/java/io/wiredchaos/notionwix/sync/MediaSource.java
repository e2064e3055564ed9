package io.wiredchaos.notionwix.sync;

/**
 * A Notion-hosted file an item references, to be re-hosted in Wix Media before the item is written.
 *
 * @param sourceKey stable identity of the file across runs (Notion's signed URL changes on every read)
 * @param url the current signed URL, valid about an hour
 * @param pageId page that references it
 * @param blockId block (or property) that holds it, so an expired URL can be refreshed by re-reading it
 */
public record MediaSource(String sourceKey, String url, String pageId, String blockId) {}
