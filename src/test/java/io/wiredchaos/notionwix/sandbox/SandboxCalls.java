package io.wiredchaos.notionwix.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a sandbox, with the headers a well-behaved client sends (and ways to leave them out). */
final class SandboxCalls {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One answer: status, headers and the body as bytes and, when it is JSON, as a tree (else null). */
  record Answer(int status, Map<String, java.util.List<String>> headers, byte[] bytes, JsonNode json) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().getFirst()).orElse(null);
    }
  }

  private final Sandbox sandbox;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  SandboxCalls(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  Answer notion(String method, String path, Object body) {
    return send(sandbox.notionBaseUrl() + path, method, body, Map.of("Notion-Version", "2025-09-03",
        "Authorization", "Bearer " + Sandbox.NOTION_TOKEN));
  }

  Answer wix(String method, String path, Object body) {
    return send(sandbox.wixBaseUrl() + path, method, body, Map.of("Authorization", Sandbox.WIX_KEY,
        "wix-site-id", Sandbox.WIX_SITE_ID));
  }

  Answer side(String side, String method, String path, Object body) {
    return side.equals("wix") ? wix(method, path, body) : side.equals("admin")
        ? send(sandbox.notionBaseUrl() + path, method, body, Map.of()) : notion(method, path, body);
  }

  /** {@code body}: null, a {@link JsonNode}, a String or raw bytes. */
  Answer send(String url, String method, Object body, Map<String, String> headers) {
    byte[] bytes = switch (body) {
      case null -> new byte[0];
      case byte[] raw -> raw;
      case String text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case JsonNode node -> JSON.writeValueAsBytes(node);
      default -> throw new IllegalArgumentException("body " + body.getClass());
    };
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (bytes.length > 0) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
