package io.wiredchaos.notionwix.sync;

/**
 * A file re-hosted in Wix Media.
 *
 * @param sourceKey the {@link MediaSource#sourceKey()} it came from
 * @param mediaId Wix media id ({@code wix:image://v1/…} or file id)
 * @param url static Wix URL
 * @param width pixel width, 0 when unknown
 * @param height pixel height, 0 when unknown
 */
public record ImportedMedia(String sourceKey, String mediaId, String url, int width, int height) {}
