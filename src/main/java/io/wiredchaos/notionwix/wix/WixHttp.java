package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RemoteCall;
import java.net.URI;
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
 * One Wix request through {@link RemoteCall}: site-level API-key headers (wix.md §1.1: the raw key, no Bearer, plus
 * {@code wix-site-id}), JSON in and out, errors typed by {@link WixErrors}. Shared by the Data and Media clients so
 * that both spend the one per-site budget.
 */
final class WixHttp {

  private final URI baseUrl;
  private final String apiKey;
  private final String siteId;
  private final RestClient rest;
  private final RemoteCall call;
  private final JsonMapper json;

  WixHttp(URI baseUrl, String apiKey, String siteId, RestClient rest, RemoteCall call, JsonMapper json) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.siteId = siteId;
    this.rest = rest;
    this.call = call;
    this.json = json;
  }

  JsonMapper json() {
    return json;
  }

  RemoteCall call() {
    return call;
  }

  JsonNode get(String operation, WixSubject subject, String path, Map<String, List<String>> query) {
    return send(HttpMethod.GET, operation, subject, true, path, query, null);
  }

  JsonNode post(String operation, WixSubject subject, boolean idempotent, String path, Object body) {
    return send(HttpMethod.POST, operation, subject, idempotent, path, Map.of(), body);
  }

  JsonNode send(HttpMethod method, String operation, WixSubject subject, boolean idempotent, String path,
      Map<String, List<String>> query, Object body) {
    URI uri = uri(path, query);
    byte[] payload = body == null ? null : body instanceof byte[] bytes ? bytes : json.writeValueAsBytes(body);
    return call.execute(operation, idempotent, () -> exchange(method, operation, subject, uri, payload));
  }

  private JsonNode exchange(HttpMethod method, String operation, WixSubject subject, URI uri, byte[] payload) {
    RestClient.RequestBodySpec request = rest.method(method).uri(uri)
        .header(HttpHeaders.AUTHORIZATION, apiKey)
        .header("wix-site-id", siteId)
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
        throw WixErrors.map(status, tryParse(bytes), res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
            res.getHeaders().getFirst("x-wix-request-id"), subject, call.clock().instant());
      });
    } catch (ResourceAccessException e) {
      throw HttpTransport.networkFailure(Api.WIX, operation, e);
    }
  }

  private JsonNode parse(byte[] bytes, String operation) {
    try {
      return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    } catch (JacksonException e) {
      throw new RemoteApiException.NetworkFailure(Api.WIX, 200, true,
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

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
