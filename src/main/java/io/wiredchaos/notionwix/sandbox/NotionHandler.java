package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The Notion API (Notion-Version 2025-09-03 semantics, notion.md §1–§5) over {@link NotionData}. */
final class NotionHandler implements HttpHandler {

  private static final Gate.Refusals REFUSALS = new Gate.Refusals() {
    @Override
    public void rateLimited(HttpExchange ex, long retryAfterSeconds) throws IOException {
      NotionErrors.rateLimited(ex, retryAfterSeconds);
    }

    @Override
    public void fault(HttpExchange ex, int status) throws IOException {
      NotionErrors.fault(ex, status);
    }
  };

  static final String VERSION_HEADER = "Notion-Version";
  private final NotionData data;
  private final FileHost files;
  private final Gate gate;
  private final RequestLog log;
  private final String token;
  private final int queryCap;
  private final Clock clock;

  NotionHandler(NotionData data, FileHost files, Gate gate, RequestLog log, String token, int queryCap, Clock clock) {
    this.data = data;
    this.files = files;
    this.gate = gate;
    this.log = log;
    this.token = token;
    this.queryCap = queryCap;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    int[] status = {200};
    int[] items = {0};
    boolean violation = false;
    try {
      if (exchange.getRequestHeaders().getFirst(VERSION_HEADER) == null) {
        status[0] = 400;
        NotionErrors.send(exchange, 400, "missing_version", "Notion-Version header failed validation: "
            + "Notion-Version header should be defined, instead was `undefined`.");
        return;
      }
      if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        status[0] = 401;
        NotionErrors.send(exchange, 401, "unauthorized", "API token is invalid.");
        return;
      }
      Gate.Verdict verdict = gate.admit(exchange);
      violation = verdict.violation();
      status[0] = Gate.refuse(verdict, exchange, REFUSALS);
      if (status[0] != 0) {
        return;
      }
      status[0] = 200;
      route(exchange, method, path.split("/"), status, items);
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      status[0] = 400;
      NotionErrors.send(exchange, 400, "validation_error", e.getMessage());
    } finally {
      log.add(new RequestLog.Entry("notion", method, path, status[0], clock.instant(), items[0], violation));
    }
  }

  private void route(HttpExchange ex, String method, String[] p, int[] status, int[] items) throws IOException {
    // p = ["", "v1", resource, id, sub, sub2]
    String resource = p.length > 2 ? p[2] : "";
    String id = p.length > 3 ? Exchanges.uuid(p[3]) : null;
    String sub = p.length > 4 ? p[4] : null;
    if (resource.equals("databases") && method.equals("GET") && data.databaseId.equals(id)) {
      ok(ex, NotionContainers.database(data));
    } else if (resource.equals("databases") && method.equals("GET") && NotionLogDatabase.ID.equals(id)) {
      ok(ex, NotionLogDatabase.database());
    } else if (resource.equals("data_sources") && data.dataSourceId.equals(id) && sub == null) {
      ok(ex, NotionContainers.dataSource(data));
    } else if (resource.equals("data_sources") && data.dataSourceId.equals(id) && "query".equals(sub)) {
      ObjectNode response = query(Exchanges.body(ex), Exchanges.query(ex).get("filter_properties"));
      items[0] = response.path("results").size();
      ok(ex, response);
    } else if (resource.equals("pages") && method.equals("POST") && p.length == 3) {
      JsonNode body = Exchanges.body(ex);
      ObjectNode refusal = NotionLogDatabase.refusal(data, body.path("parent"));
      if (refusal != null) {
        status[0] = refusal.path("status").asInt();
        NotionErrors.reply(ex, refusal);
      } else {
        ok(ex, NotionWrites.create(data, body, clock).deepCopy());
      }
    } else if (resource.equals("pages") && id != null && data.page(id) != null) {
      page(ex, method, id, sub, p);
    } else if (resource.equals("blocks") && id != null && data.block(id) != null || resource.equals("blocks")
        && id != null && data.page(id) != null) {
      blocks(ex, id, sub, items);
    } else {
      status[0] = 404;
      NotionErrors.send(ex, 404, "object_not_found", "Could not find object with ID: " + (id == null
          ? String.join("/", p) : id) + ". Make sure the relevant pages and databases are shared with your "
          + "integration.");
    }
  }

  private void page(HttpExchange ex, String method, String id, String sub, String[] p) throws IOException {
    if (method.equals("PATCH")) {
      NotionWrites.update(data, id, Exchanges.body(ex));
      ok(ex, NotionPages.render(data.page(id), files, null));
    } else if ("properties".equals(sub) && p.length > 5) {
      Map<String, List<String>> q = Exchanges.query(ex);
      ObjectNode body = NotionPages.propertyItems(data.page(id), Exchanges.decode(p[5]),
          Exchanges.first(q, "start_cursor"), pageSize(Exchanges.first(q, "page_size")));
      if (body == null) {
        NotionErrors.send(ex, 404, "object_not_found", "Could not find property with ID: " + p[5]);
      } else {
        ok(ex, body);
      }
    } else {
      ok(ex, NotionPages.render(data.page(id), files, Exchanges.query(ex).get("filter_properties")));
    }
  }

  private void blocks(HttpExchange ex, String id, String sub, int[] items) throws IOException {
    if (!"children".equals(sub)) {
      ok(ex, files.render(data.block(id)));
      return;
    }
    Map<String, List<String>> q = Exchanges.query(ex);
    int size = pageSize(Exchanges.first(q, "page_size"));
    String cursor = Exchanges.first(q, "start_cursor");
    List<ObjectNode> all = data.childrenOf(id);
    int from = cursor == null ? 0 : all.stream().map(b -> b.path("id").asString()).toList().indexOf(cursor);
    int to = Math.min(all.size(), Math.max(from, 0) + size);
    ObjectNode list = Exchanges.object().put("object", "list");
    ArrayNode results = list.putArray("results");
    all.subList(Math.max(from, 0), to).forEach(b -> results.add(files.render(b)));
    list.put("has_more", to < all.size());
    list.put("next_cursor", to < all.size() ? all.get(to).path("id").asString() : null);
    list.put("type", "block").putObject("block");
    items[0] = results.size();
    ok(ex, list);
  }

  private ObjectNode query(JsonNode body, List<String> filterProperties) {
    int size = body.has("page_size") ? body.path("page_size").asInt() : 100;
    if (size > 100 || size < 1) {
      throw new IllegalArgumentException("body failed validation: body.page_size should be ≤ `100`, instead was `"
          + size + "`.");
    }
    boolean trash = body.path("in_trash").asBoolean(false);
    List<ObjectNode> matching = NotionQuery.sorted(data.allPages().stream()
        .filter(page -> page.path("in_trash").asBoolean() == trash)
        .filter(page -> NotionQuery.matches(body.get("filter"), page, data.schema())).toList(), body.path("sorts"));
    String cursor = body.path("start_cursor").asString(null);
    int from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
    int capped = Math.min(matching.size(), queryCap);
    int to = Math.min(capped, from + size);
    ObjectNode response = Exchanges.object().put("object", "list");
    ArrayNode results = response.putArray("results");
    matching.subList(from, to).forEach(page -> results.add(NotionPages.render(page, files, filterProperties)));
    boolean more = to < capped;
    response.put("has_more", more);
    response.put("next_cursor", more ? "c" + to : null);
    response.put("type", "page_or_data_source").putObject("page_or_data_source");
    if (!more && matching.size() > queryCap) {
      response.putObject("request_status").put("type", "incomplete")
          .put("incomplete_reason", "query_result_limit_reached");
    }
    return response;
  }

  /** A 200 answer; like Notion, every answer carries a {@code request_id} (also as {@code x-notion-request-id}). */
  private static void ok(HttpExchange ex, JsonNode body) throws IOException {
    if (body instanceof ObjectNode object) {
      String id = java.util.UUID.randomUUID().toString();
      object.put("request_id", id);
      ex.getResponseHeaders().set("x-notion-request-id", id);
    }
    Exchanges.json(ex, 200, body);
  }

  private static int pageSize(String value) {
    int size = value == null ? 100 : Integer.parseInt(value);
    if (size > 100 || size < 1) {
      throw new IllegalArgumentException("page_size should be ≤ `100`, instead was `" + size + "`.");
    }
    return size;
  }
}
