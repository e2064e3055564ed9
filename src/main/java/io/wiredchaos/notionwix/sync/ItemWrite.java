package io.wiredchaos.notionwix.sync;

import java.util.Map;

/**
 * An item to store as given. {@code media} maps source keys to re-hosted files; the target replaces the
 * item's media placeholders with them and drops any Notion-hosted reference left over.
 */
public record ItemWrite(String itemId, Map<String, Object> data, Map<String, ImportedMedia> media) {}
