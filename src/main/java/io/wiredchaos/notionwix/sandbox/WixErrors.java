package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import tools.jackson.databind.node.ObjectNode;

/** Errors in Wix's shape (wix.md §4.1): {@code {"message", "details":{"applicationError":{"code","description"}}}}. */
final class WixErrors {

  private WixErrors() {}

  static void send(HttpExchange exchange, int status, String code, String message) throws IOException {
    Exchanges.json(exchange, status, body(code, message));
  }

  static ObjectNode body(String code, String message) {
    ObjectNode body = Exchanges.object().put("message", message);
    body.putObject("details").putObject("applicationError").put("code", code).put("description", message)
        .putObject("data");
    return body;
  }

  /** Per-item error of a bulk result. */
  static ObjectNode itemError(String code, String message) {
    return Exchanges.object().put("code", code).put("description", message);
  }
}
