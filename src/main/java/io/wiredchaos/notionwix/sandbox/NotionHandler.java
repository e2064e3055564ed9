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

/**
 * The Notion API over {@link NotionData} (notion.md §1–§5), answering each request as its {@code Notion-Version}
 * asks: 2025-09-03, 2026-03-11 or 2026-12-01 ({@link NotionApiVersion}).
 */
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
      String header = exchange.getRequestHeaders().getFirst(VERSION_HEADER);
      NotionApiVersion version = NotionApiVersion.of(header);
      if (version == null) {
        status[0] = 400;
        NotionErrors.send(exchange, 400, "validation_error", NotionApiVersion.refusal(header));
        return;
      }
      List<String> betas = betas(exchange);
      if (betas.stream().anyMatch(b -> !b.equals(NotionApiVersion.STATUS_GROUP_BETA))) {
        status[0] = 400; // SDK APIErrorCode invalid_beta (notion.md §2.3)
        NotionErrors.send(exchange, 400, "invalid_beta", "Notion-Beta header failed validation: unknown beta "
            + betas + ".");
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
      route(exchange, method, path.split("/"), status, items, new NotionQuery.Rules(version, betas));
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      status[0] = 400;
      NotionErrors.send(exchange, 400, "validation_error", e.getMessage());
    } finally {
      log.add(new RequestLog.Entry("notion", method, path, status[0], clock.instant(), items[0], violation));
    }
  }

  private static List<String> betas(HttpExchange exchange) {
    List<String> values = exchange.getRequestHeaders().get("Notion-Beta");
    if (values == null) {
      return List.of();
    }
    return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim)
        .filter(v -> !v.isEmpty()).toList();
  }

  private void route(HttpExchange ex, String method, String[] p, int[] status, int[] items, NotionQuery.Rules rules)
      throws IOException {
    NotionApiVersion version = rules.version();
    // p = ["", "v1", resource, id, sub, sub2]
    if (p.length == 4 && p[2].equals("users") && p[3].equals("me") && method.equals("GET")) {
      ok(ex, version, botUser()); // developers.notion.com/reference/get-self: the token's bot user
      return;
    }
    String resource = p.length > 2 ? p[2] : "";
    String id = p.length > 3 ? Exchanges.uuid(p[3]) : null;
    String sub = p.length > 4 ? p[4] : null;
    if (resource.equals("databases") && method.equals("GET") && data.databaseId.equals(id)) {
      ok(ex, version, NotionContainers.database(data));
    } else if (resource.equals("databases") && method.equals("GET") && NotionLogDatabase.ID.equals(id)) {
      ok(ex, version, NotionLogDatabase.database());
    } else if (resource.equals("data_sources") && data.dataSourceId.equals(id) && sub == null) {
      ok(ex, version, NotionContainers.dataSource(data));
    } else if (resource.equals("data_sources") && data.dataSourceId.equals(id) && "query".equals(sub)) {
      ObjectNode response = query(Exchanges.body(ex), filterProperties(ex), rules);
      items[0] = response.path("results").size();
      ok(ex, version, response);
    } else if (resource.equals("pages") && method.equals("POST") && p.length == 3) {
      JsonNode body = Exchanges.body(ex);
      version.checkRequest(body);
      ObjectNode refusal = NotionLogDatabase.refusal(data, body.path("parent"));
      if (refusal != null) {
        status[0] = refusal.path("status").asInt();
        NotionErrors.reply(ex, refusal);
      } else {
        ok(ex, version, NotionWrites.create(data, body, clock).deepCopy());
      }
    } else if (resource.equals("pages") && id != null && data.page(id) != null) {
      page(ex, method, id, sub, p, version);
    } else if (resource.equals("blocks") && id != null && data.block(id) != null || resource.equals("blocks")
        && id != null && data.page(id) != null) {
      blocks(ex, id, sub, items, version);
    } else {
      status[0] = 404;
      NotionErrors.send(ex, 404, "object_not_found", "Could not find object with ID: " + (id == null
          ? String.join("/", p) : id) + ". Make sure the relevant pages and databases are shared with your "
          + "integration.");
    }
  }

  /** {@code GET /v1/users/me} (notion.md §4.5 user object): the integration's bot, owned by the workspace. */
  private static ObjectNode botUser() {
    ObjectNode user = Exchanges.object().put("object", "user").put("id", SeedIds.of("user-bot"))
        .put("name", "notion-wix sandbox").putNull("avatar_url").put("type", "bot");
    ObjectNode bot = user.putObject("bot");
    bot.putObject("owner").put("type", "workspace").put("workspace", true);
    bot.put("workspace_name", "WIRED CHAOS (sandbox)");
    return user;
  }

  private void page(HttpExchange ex, String method, String id, String sub, String[] p, NotionApiVersion version)
      throws IOException {
    if (method.equals("PATCH")) {
      JsonNode body = Exchanges.body(ex);
      version.checkRequest(body);
      NotionWrites.update(data, id, body);
      ok(ex, version, NotionPages.render(data.page(id), files, null));
    } else if ("properties".equals(sub) && p.length > 5) {
      Map<String, List<String>> q = Exchanges.query(ex);
      ObjectNode body = NotionPages.propertyItems(data.page(id), Exchanges.decode(p[5]),
          Exchanges.first(q, "start_cursor"), pageSize(Exchanges.first(q, "page_size")));
      if (body == null) {
        NotionErrors.send(ex, 404, "object_not_found", "Could not find property with ID: " + p[5]);
      } else {
        ok(ex, version, body);
      }
    } else {
      // Retrieve a page keeps every property on every version; only lists changed (upgrade guide 2026-12-01)
      ok(ex, version, NotionPages.render(data.page(id), files, filterProperties(ex)));
    }
  }

  private void blocks(HttpExchange ex, String id, String sub, int[] items, NotionApiVersion version)
      throws IOException {
    if (!"children".equals(sub)) {
      ok(ex, version, files.render(data.block(id)));
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
    ok(ex, version, list);
  }

  /**
   * {@code filter_properties} as the SDK sends it (repeated) or as the docs write it ({@code filter_properties[]}),
   * notion.md §1.4; null when absent.
   */
  private static List<String> filterProperties(HttpExchange ex) {
    Map<String, List<String>> q = Exchanges.query(ex);
    List<String> all = new java.util.ArrayList<>();
    all.addAll(q.getOrDefault("filter_properties", List.of()));
    all.addAll(q.getOrDefault("filter_properties[]", List.of()));
    return all.isEmpty() ? null : all;
  }

  private ObjectNode query(JsonNode body, List<String> filterProperties, NotionQuery.Rules rules) {
    rules.version().checkRequest(body);
    int size = body.has("page_size") ? body.path("page_size").asInt() : 100;
    if (size > 100 || size < 1) {
      throw new IllegalArgumentException("body failed validation: body.page_size should be ≤ `100`, instead was `"
          + size + "`.");
    }
    boolean trash = body.path("in_trash").asBoolean(false);
    List<ObjectNode> matching = NotionQuery.sorted(data.allPages().stream()
        .filter(page -> page.path("in_trash").asBoolean() == trash)
        .filter(page -> NotionQuery.matches(body.get("filter"), page, data.schema(), rules)).toList(),
        body.path("sorts"));
    String cursor = body.path("start_cursor").asString(null);
    int from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
    int capped = Math.min(matching.size(), queryCap);
    int to = Math.min(capped, from + size);
    ObjectNode response = Exchanges.object().put("object", "list");
    ArrayNode results = response.putArray("results");
    matching.subList(from, to).forEach(page -> results.add(rules.version().titleOnlyLists() && filterProperties == null
        ? NotionPages.titleOnly(page, files) : NotionPages.render(page, files, filterProperties)));
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
  private static void ok(HttpExchange ex, NotionApiVersion version, JsonNode body) throws IOException {
    version.shape(body);
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
