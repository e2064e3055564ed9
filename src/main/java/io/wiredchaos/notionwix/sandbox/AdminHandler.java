package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own admin API under {@code /_sandbox} on the Notion port (docs/sandbox.md): create, edit, publish,
 * unpublish and trash pages (each change a webhook event once a subscription is verified); seed from a JSON body
 * and reset; subscribe and verify a webhook URL; inject faults; read the request log and the Wix collection.
 */
final class AdminHandler implements HttpHandler {

  private final Sandbox sandbox;

  AdminHandler(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String[] p = ex.getRequestURI().getPath().split("/");
    try {
      JsonNode body = Exchanges.body(ex);
      String what = p.length > 2 ? p[2] : "";
      switch (what) {
        case "pages" -> {
          if (p.length == 3) {
            created(ex, body);
          } else {
            page(ex, Exchanges.uuid(p[3]), p.length > 4 ? p[4] : "", body);
          }
        }
        case "webhooks" -> webhooks(ex, p.length > 3 ? p[3] : "", body);
        case "seed" -> {
          sandbox.seed(body);
          Exchanges.json(ex, 200, Exchanges.object().put("ok", true).put("pages", sandbox.notion().pageIds().size()));
        }
        case "reset" -> {
          sandbox.reset();
          Exchanges.json(ex, 200, Exchanges.object().put("ok", true));
        }
        case "faults" -> faults(ex, body);
        case "requests" -> requests(ex);
        case "wix" -> Exchanges.json(ex, 200, items());
        default -> Exchanges.json(ex, 404, Exchanges.object().put("error", "unknown admin path"));
      }
    } catch (IllegalArgumentException | NullPointerException | ClassCastException
        | tools.jackson.core.JacksonException e) {
      Exchanges.json(ex, 400, Exchanges.object().put("error", String.valueOf(e.getMessage())));
    }
  }

  /**
   * One page change, then its webhook event (notion.md §9.3): property edits are {@code page.properties_updated}
   * with the property ids, a body edit {@code page.content_updated} with the new block, trash and restore
   * {@code page.deleted} and {@code page.undeleted}.
   */
  private void page(HttpExchange ex, String id, String action, JsonNode body) throws IOException {
    NotionData notion = sandbox.notion();
    ObjectNode data = Exchanges.object();
    String event = "page.properties_updated";
    switch (action) {
      case "title" -> {
        notion.setTitle(id, body.path("title").asString());
        data.putArray("updated_properties").add("title");
      }
      case "publish", "unpublish" -> {
        notion.setStatus(id, "Status", action.equals("publish") ? "Published" : "Draft");
        data.putArray("updated_properties").add("stat");
      }
      case "date" -> {
        notion.setDate(id, "Publish Date", body.path("start").asString());
        data.putArray("updated_properties").add("pubd");
      }
      case "trash", "restore" -> {
        notion.trash(id, action.equals("trash"));
        event = action.equals("trash") ? "page.deleted" : "page.undeleted";
      }
      case "append" -> {
        String block = notion.appendParagraph(id, body.path("text").asString());
        data.putArray("updated_blocks").addObject().put("id", block).put("type", "block");
        event = "page.content_updated";
      }
      default -> throw new IllegalArgumentException("unknown page action " + action);
    }
    sandbox.webhooks().pageEvent(event, id, data);
    Exchanges.json(ex, 200, Exchanges.object().put("ok", true).put("page", id).put("event", event));
  }

  private void created(HttpExchange ex, JsonNode body) throws IOException {
    if (!ex.getRequestMethod().equals("POST") || body.path("title").asString("").isBlank()) {
      throw new IllegalArgumentException("POST /_sandbox/pages takes {\"title\": …, \"status\"?: …}");
    }
    String id = sandbox.notion().createPage(body.path("title").asString(), body.path("status").asString("Published"));
    sandbox.webhooks().pageEvent("page.created", id, null);
    Exchanges.json(ex, 200, Exchanges.object().put("ok", true).put("page", id).put("event", "page.created"));
  }

  /** Subscribe (POST), show (GET), unsubscribe (DELETE), or verify with the token the receiver was sent. */
  private void webhooks(HttpExchange ex, String sub, JsonNode body) throws IOException {
    NotionWebhooks webhooks = sandbox.webhooks();
    String method = ex.getRequestMethod();
    if (sub.equals("verify")) {
      boolean ok = webhooks.verify(body.path("verification_token").asString(""));
      Exchanges.json(ex, ok ? 200 : 400, Exchanges.object().put("verified", ok));
      return;
    }
    if (method.equals("POST")) {
      webhooks.subscribe(body.path("url").asString(""), body.path("verificationToken").asString(null),
          java.time.Duration.ofMillis(body.path("timeoutMillis").asLong(5000)));
    } else if (method.equals("DELETE")) {
      webhooks.unsubscribe();
    }
    Exchanges.json(ex, 200, webhooks.describe());
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
