package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own admin API under {@code /_sandbox} on the Notion port (docs/sandbox.md): edit, publish,
 * unpublish and trash pages; inject faults; read the request log and the Wix collection as stored.
 */
final class AdminHandler implements HttpHandler {

  private final Sandbox sandbox;

  AdminHandler(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String[] p = ex.getRequestURI().getPath().split("/");
    JsonNode body = Exchanges.body(ex);
    try {
      String what = p.length > 2 ? p[2] : "";
      switch (what) {
        case "pages" -> page(ex, Exchanges.uuid(p[3]), p.length > 4 ? p[4] : "", body);
        case "faults" -> faults(ex, body);
        case "requests" -> requests(ex);
        case "wix" -> Exchanges.json(ex, 200, items());
        default -> Exchanges.json(ex, 404, Exchanges.object().put("error", "unknown admin path"));
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      Exchanges.json(ex, 400, Exchanges.object().put("error", String.valueOf(e.getMessage())));
    }
  }

  private void page(HttpExchange ex, String id, String action, JsonNode body) throws IOException {
    NotionData notion = sandbox.notion();
    switch (action) {
      case "title" -> notion.setTitle(id, body.path("title").asString());
      case "publish" -> notion.setStatus(id, "Status", "Published");
      case "unpublish" -> notion.setStatus(id, "Status", "Draft");
      case "trash" -> notion.trash(id, true);
      case "restore" -> notion.trash(id, false);
      case "append" -> notion.appendParagraph(id, body.path("text").asString());
      default -> throw new IllegalArgumentException("unknown page action " + action);
    }
    Exchanges.json(ex, 200, Exchanges.object().put("ok", true).put("page", id));
  }

  private void faults(HttpExchange ex, JsonNode body) throws IOException {
    if (ex.getRequestMethod().equals("DELETE")) {
      sandbox.faults().clear();
    } else if (body.has("status")) {
      sandbox.faults().failNext(body.path("side").asString(), body.path("path").asString(),
          body.path("status").asInt(), body.path("count").asInt(1));
    } else {
      sandbox.faults().rates(body.path("rateLimited").asDouble(0), body.path("serverErrors").asDouble(0));
    }
    Exchanges.json(ex, 200, Exchanges.object().put("ok", true));
  }

  private void requests(HttpExchange ex) throws IOException {
    ArrayNode list = Exchanges.NODES.arrayNode();
    sandbox.requestLog().entries().forEach(e -> list.addObject().put("side", e.side()).put("method", e.method())
        .put("path", e.path()).put("status", e.status()).put("at", e.at().toString()).put("items", e.items())
        .put("retryAfterViolation", e.retryAfterViolation()));
    Exchanges.json(ex, 200, list);
  }

  private ObjectNode items() {
    ObjectNode out = Exchanges.object();
    ArrayNode array = out.putArray("items");
    sandbox.wix().items(Sandbox.COLLECTION).forEach(array::add);
    return out;
  }
}
