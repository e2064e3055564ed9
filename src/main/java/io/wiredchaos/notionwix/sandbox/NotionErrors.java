package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Errors in Notion's shape (notion.md §2.3): {@code {"object":"error","status","code","message","request_id"}}. */
final class NotionErrors {

  private NotionErrors() {}

  static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
    reply(exchange, error(status, code, message));
  }

  /** The error body; its {@code request_id} is also sent as the {@code x-notion-request-id} header. */
  static ObjectNode error(int status, String code, String message) {
    return Exchanges.object().put("object", "error").put("status", status).put("code", code)
        .put("message", message).put("request_id", UUID.randomUUID().toString());
  }

  static void reply(HttpExchange exchange, ObjectNode body) throws IOException {
    exchange.getResponseHeaders().set("x-notion-request-id", body.path("request_id").asString());
    Exchanges.json(exchange, body.path("status").asInt(), body);
  }

  /** The per-connection limit of notion.md §2.1: header and body both say when to come back. */
  static void rateLimited(HttpExchange exchange, long seconds) throws IOException {
    exchange.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
    ObjectNode body = error(429, "rate_limited", "You have been rate limited. Please try again in a few minutes.");
    body.putObject("additional_data").put("rate_limit_reason", "public_api_request_rate_limit")
        .put("retry_after", String.valueOf(seconds));
    reply(exchange, body);
  }

  /** An injected server failure, with the {@code additional_data} Notion sends for 503 and 529 (notion.md §2.3). */
  static void fault(HttpExchange exchange, int status) throws IOException {
    ObjectNode body = switch (status) {
      case 503 -> error(503, "service_unavailable", "Public API data source query is temporarily unavailable "
          + "(injected fault). Retry with exponential backoff, reduce page_size or narrow filters.");
      case 529 -> error(529, "service_overload", "Notion is temporarily overloaded (injected fault).");
      case 502, 504 -> error(status, "bad_gateway", "Injected fault " + status + ".");
      default -> error(status, "internal_server_error", "Injected fault " + status + ".");
    };
    if (status == 503) {
      ObjectNode data = body.putObject("additional_data").put("endpoint_name", "public_queryDataSource")
          .put("notion_error_name", "InjectedFault");
      data.putArray("retry_guidance").add("Use exponential backoff with jitter").add("Reduce page_size")
          .add("Narrow query filters/sorts");
    } else if (status == 529) {
      body.putObject("additional_data").put("retry_after", "1");
    }
    reply(exchange, body);
  }
}
