package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RemoteCall;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Notion request through {@link RemoteCall}: headers (notion.md §1.1), JSON in and out, errors typed by
 * {@link NotionErrors}. Bodies are read whole and parsed here, so a truncated or malformed body becomes a retryable
 * network failure instead of a parse error somewhere else.
 */
final class NotionHttp {

  private final URI baseUrl;
  private final String token;
  private final String version;
  private final RestClient rest;
  private final RemoteCall call;
  private final JsonMapper json;

  NotionHttp(URI baseUrl, String token, String version, RestClient rest, RemoteCall call, JsonMapper json) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.version = version;
    this.rest = rest;
    this.call = call;
    this.json = json;
  }

  JsonNode get(String operation, Subject subject, String path, Map<String, List<String>> query) {
    return send(HttpMethod.GET, operation, subject, true, path, query, null);
  }

  /**
   * @param idempotent whether a repeat after an ambiguous failure is harmless; a query POST is (it only reads), a
   *     page create is not (notion.md §2.1: a write that got a 503 may be committed)
   */
  JsonNode send(HttpMethod method, String operation, Subject subject, boolean idempotent, String path,
      Map<String, List<String>> query, JsonNode body) {
    URI uri = uri(path, query);
    byte[] payload = body == null ? null : json.writeValueAsBytes(body);
    return call.execute(operation, idempotent, () -> exchange(method, operation, subject, uri, payload));
  }

  private JsonNode exchange(HttpMethod method, String operation, Subject subject, URI uri, byte[] payload) {
    RestClient.RequestBodySpec request = rest.method(method).uri(uri)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .header("Notion-Version", version)
        .accept(MediaType.APPLICATION_JSON);
    if (payload != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(payload);
    }
    try {
      return request.exchange((req, res) -> {
        int status = res.getStatusCode().value();
        byte[] bytes = res.getBody().readAllBytes();
        if (status >= 200 && status < 300) {
          return parse(bytes, operation);
        }
        throw NotionErrors.map(status, tryParse(bytes), res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
            res.getHeaders().getFirst("x-notion-request-id"), subject, call.clock().instant());
      });
    } catch (ResourceAccessException e) {
      throw HttpTransport.networkFailure(Api.NOTION, operation, e);
    }
  }

  private JsonNode parse(byte[] bytes, String operation) {
    try {
      return json.readTree(bytes);
    } catch (JacksonException e) {
      throw new RemoteApiException.NetworkFailure(Api.NOTION, 200, true,
          operation + ": the response body was not valid JSON (truncated?)", e);
    }
  }

  private JsonNode tryParse(byte[] bytes) {
    try {
      JsonNode node = json.readTree(bytes);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private URI uri(String path, Map<String, List<String>> query) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    String qs = query == null || query.isEmpty() ? "" : "?" + query.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return URI.create(base + path + qs);
  }

  /** {@code page_size=100[&start_cursor=…]} for the GET list endpoints (notion.md §3), in a stable order. */
  static Map<String, List<String>> pageQuery(String cursor) {
    Map<String, List<String>> query = new java.util.LinkedHashMap<>();
    query.put("page_size", List.of("100"));
    if (cursor != null) {
      query.put("start_cursor", List.of(cursor));
    }
    return query;
  }

  /** Encodes one path segment or query value. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A property id as it appears in page objects is already URL-encoded ({@code %3Cr%3Fq}, notion.md §12.10); decode
   * it first so that it is encoded exactly once in the path. A literal {@code +} stays a plus.
   */
  static String propertySegment(String propertyId) {
    return encode(URLDecoder.decode(propertyId.replace("+", "%2B"), StandardCharsets.UTF_8));
  }
}
