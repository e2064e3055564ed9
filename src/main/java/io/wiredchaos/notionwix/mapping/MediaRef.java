package io.wiredchaos.notionwix.mapping;

/**
 * A Notion-hosted file the media step must re-host in Wix before the item is written (notion.md §6: the
 * signed URL expires after one hour and must never reach the CMS).
 *
 * @param sourceKey stable across reads: host and path of the signed URL without its query string (the S3
 *     object key). The mapped data carries {@link MediaPlaceholder#of(String)} of this key.
 * @param url the signed URL to download now
 * @param pageId Notion page id
 * @param blockId block id for body media; null for cover and files properties
 * @param role {@code image}, {@code video}, {@code audio}, {@code file}, {@code pdf}, {@code cover} or
 *     {@code property:<fieldKey>}
 */
public record MediaRef(String sourceKey, String url, String pageId, String blockId, String role) {}
