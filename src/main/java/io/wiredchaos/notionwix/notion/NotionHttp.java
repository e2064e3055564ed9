package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionVersion;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.JsonExchange;
import io.wiredchaos.notionwix.remote.RemoteCall;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Notion request through {@link RemoteCall}: headers (notion.md §1.1), JSON in and out, errors typed by
 * {@link NotionErrors}. Bodies are read whole and parsed here, so a truncated or malformed body becomes a retryable
 * network failure instead of a parse error somewhere else.
 */
final class NotionHttp {

  private final JsonExchange exchange;
  private final JsonExchange statusGroupExchange;
  private final NotionVersion version;
  private final RemoteCall call;

  NotionHttp(URI baseUrl, String token, NotionVersion version, RestClient rest, RemoteCall call, JsonMapper json) {
    this.version = version;
    this.exchange = new JsonExchange(vendor(token, version, false), baseUrl, rest, json);
    this.statusGroupExchange = new JsonExchange(vendor(token, version, version.statusGroupsNeedBeta()), baseUrl,
        rest, json);
    this.call = call;
  }

  private static JsonExchange.Vendor vendor(String token, NotionVersion version, boolean statusGroupBeta) {
    return new JsonExchange.Vendor(Api.NOTION, headers -> {
      headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
      headers.set("Notion-Version", version.header());
      if (statusGroupBeta) {
        // 2026-03-11 knows the status group operators only behind this beta (upgrade guide 2026-12-01, "Status")
        headers.set("Notion-Beta", NotionVersion.STATUS_GROUP_BETA);
      }
    }, "x-notion-request-id", false);
  }

  NotionVersion version() {
    return version;
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
    JsonExchange chosen = body != null && StatusFilters.usesGroupOperators(body.get("filter"))
        ? statusGroupExchange : exchange;
    URI uri = chosen.uri(path, query);
    byte[] payload = body == null ? null : chosen.json().writeValueAsBytes(body);
    return call.execute(operation, idempotent, () -> chosen.exchange(method, operation, uri, payload,
        (status, error, retryAfter, requestId) -> NotionErrors.map(status, error, retryAfter, requestId, subject,
            call.clock().instant()), call));
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
    return JsonExchange.encode(value);
  }

  /**
   * A property id as it appears in page objects is already URL-encoded ({@code %3Cr%3Fq}, notion.md §12.10); decode
   * it first so that it is encoded exactly once in the path. A literal {@code +} stays a plus.
   */
  static String propertySegment(String propertyId) {
    return encode(URLDecoder.decode(propertyId.replace("+", "%2B"), StandardCharsets.UTF_8));
  }
}
