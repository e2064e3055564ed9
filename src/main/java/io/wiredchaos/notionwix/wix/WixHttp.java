package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.JsonExchange;
import io.wiredchaos.notionwix.remote.RemoteCall;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Wix request through {@link RemoteCall}: site-level API-key headers (wix.md §1.1: the raw key, no Bearer, plus
 * {@code wix-site-id}), JSON in and out, errors typed by {@link WixErrors}. Shared by the Data and Media clients so
 * that both spend the one per-site budget.
 */
final class WixHttp {

  private final JsonExchange exchange;
  private final RemoteCall call;

  WixHttp(URI baseUrl, String apiKey, String siteId, RestClient rest, RemoteCall call, JsonMapper json) {
    JsonExchange.Vendor wix = new JsonExchange.Vendor(Api.WIX, headers -> {
      headers.set(HttpHeaders.AUTHORIZATION, apiKey);
      headers.set("wix-site-id", siteId);
    }, "x-wix-request-id", true);
    this.exchange = new JsonExchange(wix, baseUrl, rest, json);
    this.call = call;
  }

  JsonMapper json() {
    return exchange.json();
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
    URI uri = exchange.uri(path, query);
    byte[] payload = body == null ? null
        : body instanceof byte[] bytes ? bytes : exchange.json().writeValueAsBytes(body);
    return call.execute(operation, idempotent, () -> exchange.exchange(method, operation, uri, payload,
        (status, error, retryAfter, requestId) -> WixErrors.map(status, error, retryAfter, requestId, subject,
            call.clock().instant()), call));
  }

  static String encode(String value) {
    return JsonExchange.encode(value);
  }
}
