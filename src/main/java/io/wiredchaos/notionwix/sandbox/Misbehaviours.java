package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends the broken answers of {@link Faults.Misbehaviour}: what a client must survive without losing data. */
final class Misbehaviours {

  private static final byte[] PREFIX =
      "{\"object\":\"list\",\"results\":[{\"object\":\"page\",\"id\":\"".getBytes(StandardCharsets.UTF_8);

  private Misbehaviours() {}

  static void answer(HttpExchange exchange, Faults.Misbehaviour kind) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    switch (kind) {
      case CUT_BODY -> cut(exchange);
      case MALFORMED_JSON -> Exchanges.send(exchange, 200, "application/json",
          "{\"object\":\"list\",\"results\":[{\"object\":\"page\",,}".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Promises four times the bytes it writes, then drops the connection. */
  private static void cut(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, PREFIX.length * 4L);
    OutputStream out = exchange.getResponseBody();
    out.write(PREFIX);
    out.flush();
    // Closing the exchange (not the stream first) makes the JDK server find the short body and drop the
    // connection; closing the stream first marks it closed and leaves the socket open, so the client would wait
    // for the missing bytes until its read timeout instead of seeing the cut.
    exchange.close();
  }
}
