package io.wiredchaos.notionwix.remote;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * One JSON request and its answer, shared by the Notion and Wix clients: the vendor's headers, the body read whole
 * and parsed here (so a truncated or malformed body becomes a retryable network failure, not a parse error somewhere
 * else), a non-2xx answer typed by the vendor's {@link ErrorMapper}, and I/O failures typed by {@link HttpTransport}.
 * Retries and budgets are not here: callers run each exchange inside {@link RemoteCall#execute}.
 */
public final class JsonExchange {

  /** Maps a non-2xx answer to the vendor's typed failure. {@code body} is null when it is not a JSON object. */
  @FunctionalInterface
  public interface ErrorMapper {
    RemoteApiException map(int status, JsonNode body, String retryAfter, String requestId);
  }

  /** What differs between the vendors besides their error shapes. */
  public record Vendor(Api api, Consumer<HttpHeaders> headers, String requestIdHeader, boolean emptyBodyIsObject) {}

  private final Vendor vendor;
  private final URI baseUrl;
  private final RestClient rest;
  private final JsonMapper json;

  public JsonExchange(Vendor vendor, URI baseUrl, RestClient rest, JsonMapper json) {
    this.vendor = vendor;
    this.baseUrl = baseUrl;
    this.rest = rest;
    this.json = json;
  }

  public JsonMapper json() {
    return json;
  }

  /**
   * Sends one request; returns the parsed 2xx body or throws a {@link RemoteApiException}. The {@code guard} is
   * asked when the request is about to go out (it may stop it by throwing) and told the status and Retry-After as
   * soon as they arrive, before the body is read.
   */
  public JsonNode exchange(HttpMethod method, String operation, URI uri, byte[] payload, ErrorMapper errors,
      SendGuard guard) {
    RestClient.RequestBodySpec request = rest.method(method).uri(uri)
        .headers(vendor.headers())
        .accept(MediaType.APPLICATION_JSON)
        .httpRequest(outgoing -> guard.beforeSend());
    if (payload != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(payload);
    }
    try {
      return request.exchange((req, res) -> {
        int status = res.getStatusCode().value();
        guard.answered(status, res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        byte[] bytes = res.getBody().readAllBytes();
        if (status >= 200 && status < 300) {
          return parse(bytes, operation);
        }
        throw errors.map(status, tryParse(bytes), res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
            res.getHeaders().getFirst(vendor.requestIdHeader()));
      });
    } catch (ResourceAccessException e) {
      throw HttpTransport.networkFailure(vendor.api(), operation, e);
    }
  }

  /** {@code base + path [+ ?k=v&…]}, values percent-encoded, in the map's order. */
  public URI uri(String path, Map<String, List<String>> query) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    String qs = query == null || query.isEmpty() ? "" : "?" + query.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return URI.create(base + path + qs);
  }

  /** Percent-encodes a query value or path segment (a space as {@code %20}, never {@code +}). */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode parse(byte[] bytes, String operation) {
    try {
      return bytes.length == 0 && vendor.emptyBodyIsObject() ? json.createObjectNode() : json.readTree(bytes);
    } catch (JacksonException e) {
      throw new RemoteApiException.NetworkFailure(vendor.api(), 200, true,
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
}
