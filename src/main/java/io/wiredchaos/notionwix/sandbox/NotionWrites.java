package io.wiredchaos.notionwix.sandbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/pages} (run-log pages, kept apart from the content rows) and {@code PATCH /v1/pages/{id}}. */
final class NotionWrites {

  private NotionWrites() {}

  static ObjectNode create(NotionData data, JsonNode body, Clock clock) {
    String id = SeedIds.next("logpage");
    String now = clock.instant().truncatedTo(ChronoUnit.MINUTES).toString();
    ObjectNode page = Exchanges.object().put("object", "page").put("id", id).put("created_time", now)
        .put("last_edited_time", now).put("in_trash", false).put("archived", false).put("is_archived", false)
        .put("url", "https://www.notion.so/" + id.replace("-", ""));
    page.set("parent", body.path("parent").deepCopy());
    page.set("properties", body.path("properties").deepCopy());
    page.set("children", body.path("children").deepCopy());
    data.logPages.add(page);
    return page;
  }

  static void update(NotionData data, String id, JsonNode body) {
    ObjectNode page = data.page(id);
    synchronized (data) {
      if (body.has("in_trash")) {
        page.put("in_trash", body.path("in_trash").asBoolean()).put("archived", body.path("in_trash").asBoolean());
      }
      body.path("properties").properties().forEach(e -> {
        ObjectNode existing = (ObjectNode) page.path("properties").path(e.getKey());
        if (!existing.isMissingNode()) {
          e.getValue().properties().forEach(v -> existing.set(v.getKey(), v.getValue().deepCopy()));
        }
      });
    }
    data.touch(id);
  }
}
