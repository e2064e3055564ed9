package io.wiredchaos.notionwix.mapping;

/**
 * Something the editor wrote that could not be reproduced exactly on the site. Never fatal: the item is still
 * written, with a visible fallback where the content was.
 *
 * @param pageId Notion page id
 * @param blockId Notion block id, or null when the warning is about a property or the page
 * @param code stable machine code, e.g. {@code UNSUPPORTED_BLOCK} (docs/mapping.md lists them)
 * @param message human sentence for the run report
 */
public record ConversionWarning(String pageId, String blockId, String code, String message) {}
