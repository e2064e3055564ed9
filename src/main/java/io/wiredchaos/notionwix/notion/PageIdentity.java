package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.content.PageIds;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Page ids in one canonical form, titles, and which data source a page belongs to. */
final class PageIdentity {

  private PageIdentity() {}

  /**
   * Lowercase UUID with dashes, from an id with or without dashes or a Notion URL ({@link NotionIds}, the one
   * parser of operator-given ids); CONFIG error naming the input otherwise.
   */
  static String canonical(String idOrUrl) {
    try {
      return NotionIds.normalize(idOrUrl);
    } catch (IllegalArgumentException e) {
      throw new SyncFailure(FailureKind.CONFIG, e.getMessage());
    }
  }

  /** Plain text of the page's title property. */
  static String title(NotionPage page) {
    for (Map.Entry<String, JsonNode> property : page.properties().entrySet()) {
      JsonNode value = property.getValue();
      if ("title".equals(value.path("type").asString(""))) {
        StringBuilder text = new StringBuilder();
        value.path("title").forEach(run -> text.append(run.path("plain_text").asString("")));
        return text.toString();
      }
    }
    return "";
  }

  /** Whether the page is a row of the data source (parent {@code data_source_id}). */
  static boolean belongsTo(NotionPage page, String dataSourceId) {
    JsonNode parent = page.parent();
    String parentId = parent == null ? null : parent.path("data_source_id").asString(null);
    return parentId != null && PageIds.normalize(parentId).equals(PageIds.normalize(dataSourceId));
  }
}
