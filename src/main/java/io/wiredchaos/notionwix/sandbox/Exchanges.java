package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's own HTTP and JSON plumbing (deliberately not the product's client code). */
final class Exchanges {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Exchanges() {}

  static JsonNode body(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    return bytes.length == 0 ? NODES.objectNode() : JSON.readTree(bytes);
  }

  static byte[] rawBody(HttpExchange exchange) throws IOException {
    return exchange.getRequestBody().readAllBytes();
  }

  static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
    send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  /** Query parameters, repeated ones kept in order. */
  static Map<String, List<String>> query(HttpExchange exchange) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isBlank()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      String key = decode(kv[0]).replace("[]", "");
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
    }
    return params;
  }

  static String first(Map<String, List<String>> query, String key) {
    List<String> values = query.get(key);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** A 32-hex id with or without dashes, lowercased with dashes; null when it is not one. */
  static String uuid(String id) {
    if (id == null) {
      return null;
    }
    String hex = id.replace("-", "").toLowerCase();
    if (!hex.matches("[0-9a-f]{32}")) {
      return null;
    }
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
