package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/data_sources/{id}/query} over every row (notion.md §1.4, §3, §12.1).
 *
 * <p>Pages are streamed to the consumer as each response arrives (page_size 100, cursor in the body); only the ids
 * seen are kept, for de-duplication. A query stops after 10,000 rows and says so only in
 * {@code request_status.type == "incomplete"} (checked on every response of a pass, as the SDK's
 * {@code iterateAllDataSourceRows} does); then the traversal continues in {@code created_time} windows sorted
 * ascending, each starting {@code on_or_after} the newest creation time of any row returned so far: pages and the
 * child data-source rows of wiki data sources alike, since either can be a window's last row (notion.md §1.4;
 * SDK 5.26 {@code iterateAllDataSourceRows}). Only pages reach the consumer. {@code created_time} has minute
 * precision, so windows overlap on that minute and rows already delivered are skipped by id. A window that makes no
 * progress (more than 10,000 rows created in one minute) fails rather than loop.
 *
 * <p>When a page still answers 503 after the retries, the same page is asked again with half the page size
 * (down to 25), as Notion's {@code retry_guidance} suggests for heavy queries.
 */
final class DataSourceQuery {

  static final int PAGE_SIZE = 100;
  static final int MIN_PAGE_SIZE = 25;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final NotionHttp http;

  DataSourceQuery(NotionHttp http) {
    this.http = http;
  }

  long queryAll(String dataSourceId, JsonNode filter, List<JsonNode> sorts, List<String> filterProperties,
      Consumer<NotionPage> consumer) {
    Set<String> seen = new HashSet<>();
    List<JsonNode> effectiveSorts = withCreatedTimeTiebreak(sorts == null ? List.of() : sorts);
    Traversal first = traverse(dataSourceId, filter, effectiveSorts, filterProperties, seen, consumer);
    if (!first.incomplete()) {
      return seen.size();
    }
    // Continue in created_time windows. Only when the first pass itself ran in created_time order do we know
    // that everything before its newest creation time was delivered; otherwise start from the beginning.
    Instant windowStart = isCreatedAscending(effectiveSorts.getFirst()) ? first.newestCreated() : null;
    List<JsonNode> windowSorts = List.of(createdAscending());
    while (true) {
      Traversal window = traverse(dataSourceId, withCreatedOnOrAfter(filter, windowStart), windowSorts,
          filterProperties, seen, consumer);
      if (!window.incomplete()) {
        return seen.size();
      }
      if (window.newestCreated() == null || (windowStart != null && !window.newestCreated().isAfter(windowStart))) {
        throw new RemoteApiException.Rejected(new ErrorDetail(Api.NOTION, 200, "query_result_limit_reached", null,
            null), FailureKind.DATA, "data source " + dataSourceId
            + ": more than 10,000 rows share one created_time minute; the query cannot be split further");
      }
      windowStart = window.newestCreated();
    }
  }

  private record Traversal(boolean incomplete, Instant newestCreated) {}

  private Traversal traverse(String dataSourceId, JsonNode filter, List<JsonNode> sorts,
      List<String> filterProperties, Set<String> seen, Consumer<NotionPage> consumer) {
    Map<String, List<String>> query = filterProperties == null || filterProperties.isEmpty()
        ? Map.of() : Map.of("filter_properties", filterProperties);
    Subject subject = Subject.configured("data source " + dataSourceId, NotionClient.DATABASE_SETTING);
    String cursor = null;
    Instant newest = null;
    boolean incomplete = false;
    int pageSize = PAGE_SIZE;
    while (true) {
      ObjectNode body = NODES.objectNode();
      body.put("page_size", pageSize);
      if (filter != null && !filter.isNull()) {
        body.set("filter", filter);
      }
      ArrayNode sortArray = body.putArray("sorts");
      sorts.forEach(sortArray::add);
      if (cursor != null) {
        body.put("start_cursor", cursor);
      }
      JsonNode response;
      try {
        response = http.send(HttpMethod.POST, "query data source", subject, true,
            "/v1/data_sources/" + dataSourceId + "/query", query, body);
      } catch (RemoteApiException.ServiceUnavailable e) {
        // A heavy query times out server-side (503); Notion's guidance is a smaller page (notion.md §1.4).
        if (e.status() != 503 || pageSize <= MIN_PAGE_SIZE) {
          throw e;
        }
        pageSize = Math.max(MIN_PAGE_SIZE, pageSize / 2);
        continue;
      }
      for (JsonNode result : response.path("results")) {
        newest = later(newest, NotionJson.text(result, "created_time"));
        if (!"page".equals(NotionJson.text(result, "object"))) {
          continue; // wiki data sources can return nested data_source objects (notion.md §1.4)
        }
        NotionPage page = NotionJson.page(result);
        if (seen.add(page.id())) {
          consumer.accept(page);
        }
      }
      incomplete |= "incomplete".equals(NotionJson.text(response.path("request_status"), "type"));
      cursor = NotionJson.text(response, "next_cursor");
      if (!response.path("has_more").asBoolean(false) || cursor == null) {
        return new Traversal(incomplete, newest);
      }
    }
  }

  /** The later of {@code newest} and a row's {@code created_time} (absent or unreadable: unchanged). */
  private static Instant later(Instant newest, String createdTime) {
    if (createdTime == null) {
      return newest;
    }
    Instant created;
    try {
      created = Instant.parse(createdTime);
    } catch (java.time.format.DateTimeParseException e) {
      return newest;
    }
    return newest == null || created.isAfter(newest) ? created : newest;
  }

  private static List<JsonNode> withCreatedTimeTiebreak(List<JsonNode> sorts) {
    boolean hasCreated = sorts.stream().anyMatch(s -> "created_time".equals(NotionJson.text(s, "timestamp")));
    if (hasCreated) {
      return sorts;
    }
    List<JsonNode> result = new ArrayList<>(sorts);
    result.add(createdAscending());
    return result;
  }

  private static boolean isCreatedAscending(JsonNode sort) {
    return "created_time".equals(NotionJson.text(sort, "timestamp"))
        && "ascending".equals(NotionJson.text(sort, "direction"));
  }

  private static ObjectNode createdAscending() {
    return NODES.objectNode().put("timestamp", "created_time").put("direction", "ascending");
  }

  /**
   * The caller's filter narrowed to rows created on or after {@code start} (unchanged when {@code start} is null).
   * An existing top-level {@code and} is extended rather than nested, to stay within Notion's two levels.
   */
  static JsonNode withCreatedOnOrAfter(JsonNode filter, Instant start) {
    if (start == null) {
      return filter;
    }
    ObjectNode window = NODES.objectNode().put("timestamp", "created_time");
    window.putObject("created_time").put("on_or_after", start.toString());
    if (filter == null || filter.isNull()) {
      return window;
    }
    ObjectNode combined = NODES.objectNode();
    ArrayNode and = combined.putArray("and");
    if (filter.has("and") && filter.size() == 1) {
      filter.path("and").forEach(and::add);
    } else {
      and.add(filter);
    }
    and.add(window);
    return combined;
  }
}
