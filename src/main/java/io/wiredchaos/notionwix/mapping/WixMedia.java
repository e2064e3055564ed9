package io.wiredchaos.notionwix.mapping;

/**
 * A file imported into the Wix Media Manager (wix.md §6).
 *
 * @param id bare Media Manager file id ({@code 3f9a1c_0d4b…~mv2.png}) or a {@code wix:image://v1/…} URI; both
 *     are accepted, the bare id is derived where Ricos needs it (wix.md §6.4)
 * @param url static web URL of the file
 * @param width pixel width (0 when not an image)
 * @param height pixel height (0 when not an image)
 */
public record WixMedia(String id, String url, int width, int height) {}
