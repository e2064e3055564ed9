package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.wix.api.WixItem;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /wix-data/v2/items/query} with cursor paging (wix.md §2.5). The first request carries filter, sort
 * ({@code _id} ascending, a unique tiebreaker so pages are stable) and the field projection; later requests carry
 * only the cursor, as Wix requires. Items are streamed to the consumer page by page.
 *
 * <p>Page size: the query maximum is 1000, but native collections allow only 100 with cursor paging (S3
 * {@code maxPageSize}); we ask for 1000 and drop to 100 for good when Wix answers WDE0077.
 */
final class WixItemQuery {

  static final int LARGE_PAGE = 1000;
  static final int CURSOR_PAGE = 100;

  private final WixHttp http;
  private volatile int limit = LARGE_PAGE;

  WixItemQuery(WixHttp http) {
    this.http = http;
  }

  long queryAll(String collectionId, JsonNode filter, List<String> fields, Consumer<WixItem> consumer) {
    long count = 0;
    String cursor = null;
    do {
      JsonNode response = page(collectionId, filter, fields, cursor);
      for (JsonNode dataItem : response.path("dataItems")) {
        consumer.accept(WixClient.item(http.json(), dataItem));
        count++;
      }
      JsonNode paging = response.path("pagingMetadata");
      cursor = WixErrors.text(paging.path("cursors"), "next");
      if (paging.has("hasNext") && !paging.path("hasNext").asBoolean()) {
        cursor = null;
      }
    } while (cursor != null && !cursor.isEmpty());
    return count;
  }

  private JsonNode page(String collectionId, JsonNode filter, List<String> fields, String cursor) {
    try {
      return http.post("query items", WixSubject.collection(collectionId), true, "/wix-data/v2/items/query",
          body(collectionId, filter, fields, cursor));
    } catch (RemoteApiException.InvalidRequest e) {
      if (!"WDE0077".equals(e.code()) || limit == CURSOR_PAGE) {
        throw e;
      }
      limit = CURSOR_PAGE;
      return http.post("query items", WixSubject.collection(collectionId), true, "/wix-data/v2/items/query",
          body(collectionId, filter, fields, cursor));
    }
  }

  private ObjectNode body(String collectionId, JsonNode filter, List<String> fields, String cursor) {
    ObjectNode body = http.json().createObjectNode().put("dataCollectionId", collectionId);
    body.put("consistentRead", true);
    ObjectNode query = body.putObject("query");
    ObjectNode paging = query.putObject("cursorPaging").put("limit", limit);
    if (cursor != null) {
      paging.put("cursor", cursor);
      return body;
    }
    if (filter != null && !filter.isNull()) {
      query.set("filter", filter);
    }
    query.putArray("sort").addObject().put("fieldName", "_id").put("order", "ASC");
    if (fields != null && !fields.isEmpty()) {
      fields.forEach(query.putArray("fields")::add);
    }
    return body;
  }
}
