package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Errors in Notion's shape (notion.md §2.3): {@code {"object":"error","status","code","message","request_id"}}. */
final class NotionErrors {

  private NotionErrors() {}

  static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
    ObjectNode body = Exchanges.object().put("object", "error").put("status", status).put("code", code)
        .put("message", message).put("request_id", UUID.randomUUID().toString());
    Exchanges.json(exchange, status, body);
  }

  static void rateLimited(HttpExchange exchange, long seconds) throws IOException {
    exchange.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
    ObjectNode body = Exchanges.object().put("object", "error").put("status", 429).put("code", "rate_limited")
        .put("message", "You have been rate limited. Please try again in a few minutes.")
        .put("request_id", UUID.randomUUID().toString());
    body.putObject("additional_data").put("retry_after", String.valueOf(seconds));
    Exchanges.json(exchange, 429, body);
  }

  static void fault(HttpExchange exchange, int status) throws IOException {
    String code = switch (status) {
      case 503 -> "service_unavailable";
      case 529 -> "service_overload";
      case 502, 504 -> "bad_gateway";
      default -> "internal_server_error";
    };
    send(exchange, status, code, "Injected fault " + status + ".");
  }
}
