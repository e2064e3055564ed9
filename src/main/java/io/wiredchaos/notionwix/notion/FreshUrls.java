package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.MediaPlaceholder;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds, in a freshly read block or page, the signed URL of a file by its stable source key (notion.md §6: a
 * re-read returns a new URL for the same stored file).
 */
final class FreshUrls {

  private FreshUrls() {}

  static Optional<String> find(JsonNode tree, String sourceKey) {
    if (tree == null) {
      return Optional.empty();
    }
    if (tree.isObject()) {
      JsonNode url = tree.get("url");
      if (url != null && url.isString() && sourceKey.equals(MediaPlaceholder.sourceKeyOf(url.asString()))) {
        return Optional.of(url.asString());
      }
    }
    for (JsonNode child : tree) {
      Optional<String> found = find(child, sourceKey);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
