package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Each limit and fault of issue #4, over plain HTTP; time is a stepped clock, so nothing sleeps. */
class SandboxLimitsTest {

  private static final String QUERY = "/v1/data_sources/" + SeedContent.DATA_SOURCE_ID + "/query";
  private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-02T10:00:00Z"));

  @Test
  void pageSizeOver100IsAValidationError() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      assertError(calls.notion("POST", QUERY, json("{\"page_size\":101}")), 400, "validation_error");
      assertError(calls.notion("GET", "/v1/blocks/" + SeedIds.of("page-1") + "/children?page_size=250", null),
          400, "validation_error");
      assertThat(calls.notion("POST", QUERY, json("{\"page_size\":100}")).status()).isEqualTo(200);
    }
  }

  @Test
  void missingVersionBadTokenAndUnknownIdAnswerLikeNotion() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      String db = sandbox.notionBaseUrl() + "/v1/databases/" + SeedContent.DATABASE_ID;
      assertError(calls.send(db, "GET", null, Map.of("Authorization", "Bearer " + Sandbox.NOTION_TOKEN)), 400,
          "missing_version");
      assertError(calls.send(db, "GET", null, Map.of("Notion-Version", "2025-09-03", "Authorization",
          "Bearer not-the-token")), 401, "unauthorized");
      assertError(calls.notion("GET", "/v1/pages/0f0e0d0c-0b0a-4909-8807-060504030201", null), 404,
          "object_not_found");
      assertThat(calls.notion("GET", "/v1/databases/" + SeedContent.DATABASE_ID.replace("-", ""), null).status())
          .as("ids without dashes").isEqualTo(200);
    }
  }

  @Test
  void notionBudgetExhaustionAnswers429WithRetryAfterUntilTheWindowPasses() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLimits(3, 1_000_000), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      String path = "/v1/databases/" + SeedContent.DATABASE_ID;
      for (int i = 0; i < 3; i++) {
        assertThat(calls.notion("GET", path, null).status()).isEqualTo(200);
      }
      SandboxCalls.Answer limited = calls.notion("GET", path, null);
      assertError(limited, 429, "rate_limited");
      assertThat(limited.header("Retry-After")).matches("[1-9]\\d*");
      assertThat(limited.json().at("/additional_data/retry_after").asString()).isEqualTo(limited.header(
          "Retry-After"));
      clock.advance(Duration.ofSeconds(61));
      assertThat(calls.notion("GET", path, null).status()).isEqualTo(200);
    }
  }

  @Test
  void aRequestInsideRetryAfterOnAConnectionThatCarriedA429IsAViolationElsewhereAStraggler() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLimits(1, 1_000_000), clock)) {
      SandboxCalls first = new SandboxCalls(sandbox);
      SandboxCalls other = new SandboxCalls(sandbox); // its own HttpClient, so its own connection
      String path = "/v1/databases/" + SeedContent.DATABASE_ID;
      assertThat(first.notion("GET", path, null).status()).isEqualTo(200);
      assertThat(first.notion("GET", path, null).status()).isEqualTo(429);
      assertThat(other.notion("GET", path, null).status()).as("in flight elsewhere").isEqualTo(429);
      // (judged on arrival, before the answer; the request log is written after it, so it is not asserted here)
      assertThat(sandbox.retryAfterViolations()).isEmpty();
      clock.advance(Duration.ofMillis(100)); // later than an HTTP library's early hand-over of the connection
      first.notion("GET", path, null); // the client had read the 429 on this connection
      assertThat(sandbox.retryAfterViolations()).singleElement().asString()
          .contains("on a connection a 429 had been sent on");
      clock.advance(Duration.ofMillis(100));
      other.notion("GET", path, null); // the same for the other connection, which had its own 429
      assertThat(sandbox.retryAfterViolations()).hasSize(2);
      clock.advance(Duration.ofSeconds(61));
      assertThat(first.notion("GET", path, null).status()).isEqualTo(200);
      assertThat(sandbox.retryAfterViolations()).as("after the promise").hasSize(2);
    }
  }

  @Test
  void wixBudgetIs200PerMinuteWithWde0014AndNoRetryAfter() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLimits(1_000_000, 200), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      for (int i = 0; i < 200; i++) {
        assertThat(calls.wix("GET", "/wix-data/v2/collections", null).status()).isEqualTo(200);
      }
      SandboxCalls.Answer limited = calls.wix("GET", "/wix-data/v2/collections", null);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json().at("/details/applicationError/code").asString()).isEqualTo("WDE0014");
      assertThat(limited.header("Retry-After")).isNull();
      clock.advance(Duration.ofSeconds(61));
      assertThat(calls.wix("GET", "/wix-data/v2/collections", null).status()).isEqualTo(200);
    }
  }

  @Test
  void queryCapEndsTheTraversalWithRequestStatusIncomplete() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withQueryCap(10), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      int rows = 0;
      JsonNode page;
      String cursor = null;
      do {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("page_size", 4);
        if (cursor != null) {
          body.put("start_cursor", cursor);
        }
        page = calls.notion("POST", QUERY, body).json();
        rows += page.path("results").size();
        cursor = page.path("next_cursor").asString(null);
        if (page.path("has_more").asBoolean()) {
          assertThat(page.has("request_status")).as("only the final page says incomplete").isFalse();
        }
      } while (page.path("has_more").asBoolean());
      assertThat(rows).isEqualTo(10);
      assertThat(page.path("next_cursor").isNull()).isTrue();
      assertThat(page.at("/request_status/type").asString()).isEqualTo("incomplete");
      assertThat(page.at("/request_status/incomplete_reason").asString()).isEqualTo("query_result_limit_reached");
    }
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      JsonNode all = new SandboxCalls(sandbox).notion("POST", QUERY, json("{}")).json();
      assertThat(all.has("request_status")).as("under the cap").isFalse();
    }
  }

  @Test
  void expiredFileUrlAnswers403() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withFileUrlTtl(Duration.ofSeconds(30)), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      JsonNode blocks = calls.notion("GET", "/v1/blocks/" + SeedIds.of("page-0") + "/children", null).json();
      String url = null;
      for (JsonNode block : blocks.path("results")) {
        if (block.path("type").asString().equals("image") && block.at("/image/type").asString().equals("file")) {
          url = block.at("/image/file/url").asString();
          assertThat(Instant.parse(block.at("/image/file/expiry_time").asString()))
              .isEqualTo(clock.instant().plusSeconds(30));
        }
      }
      assertThat(url).as("a Notion-hosted image on page 0").isNotNull();
      assertThat(calls.send(url, "GET", null, Map.of()).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(31));
      assertThat(calls.send(url, "GET", null, Map.of()).status()).isEqualTo(403);
      assertThat(calls.send(url.replace("X-Amz-Signature=", "X-Amz-Signature=0"), "GET", null, Map.of()).status())
          .as("a forged signature").isEqualTo(403);
    }
  }

  @Test
  void injectedFaultsHitTheNextRequestsToThePathThenStop() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      String db = "/v1/databases/" + SeedContent.DATABASE_ID;
      sandbox.faults().failNext("notion", "/v1/databases", 500, 2);
      assertError(calls.notion("GET", db, null), 500, "internal_server_error");
      assertError(calls.notion("GET", db, null), 500, "internal_server_error");
      assertThat(calls.notion("GET", db, null).status()).isEqualTo(200);
      sandbox.faults().failNext("notion", "/v1/", 529, 1);
      assertError(calls.notion("GET", db, null), 529, "service_overload");
      sandbox.faults().failNext("notion", "/v1/data_sources", 503, 1);
      SandboxCalls.Answer slow = calls.notion("POST", QUERY, json("{}"));
      assertError(slow, 503, "service_unavailable");
      assertThat(slow.json().at("/additional_data/retry_guidance").isArray()).isTrue();
      sandbox.faults().failNext("wix", "/wix-data/v2/bulk", 502, 1);
      assertThat(calls.wix("POST", "/wix-data/v2/bulk/items/remove",
          json("{\"dataCollectionId\":\"NotionPages\",\"dataItemIds\":[]}")).status()).isEqualTo(502);
      assertThat(calls.wix("GET", "/wix-data/v2/collections", null).status()).as("another path").isEqualTo(200);
      assertThat(sandbox.requestLog().entries()).extracting(RequestLog.Entry::status)
          .contains(500, 529, 503, 502);
    }
  }

  @Test
  void faultsCanBeSetThroughTheAdminApi() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      assertThat(calls.side("admin", "POST", "/_sandbox/faults",
          json("{\"side\":\"wix\",\"path\":\"/wix-data/v2/collections\",\"status\":503,\"count\":1}")).status())
          .isEqualTo(200);
      assertThat(calls.wix("GET", "/wix-data/v2/collections", null).status()).isEqualTo(503);
      assertThat(calls.wix("GET", "/wix-data/v2/collections", null).status()).isEqualTo(200);
    }
  }

  @Test
  void wixRejectsWrongKeySiteAndOversizedBulks() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock)) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      String url = sandbox.wixBaseUrl() + "/wix-data/v2/collections";
      assertThat(calls.send(url, "GET", null, Map.of("Authorization", "nope", "wix-site-id", Sandbox.WIX_SITE_ID))
          .status()).isEqualTo(401);
      assertThat(calls.send(url, "GET", null, Map.of("Authorization", Sandbox.WIX_KEY, "wix-site-id", "other"))
          .status()).isEqualTo(403);
      ObjectNode bulk = JsonNodeFactory.instance.objectNode().put("dataCollectionId", "NotionPages");
      ArrayNode ids = bulk.putArray("dataItemIds");
      for (int i = 0; i < 1001; i++) {
        ids.add("id-" + i);
      }
      SandboxCalls.Answer tooMany = calls.wix("POST", "/wix-data/v2/bulk/items/remove", bulk);
      assertThat(tooMany.status()).isEqualTo(400);
      assertThat(tooMany.json().at("/details/applicationError/code").asString()).isEqualTo("WDE0006");
    }
  }

  private static JsonNode json(String text) {
    return SandboxCalls.JSON.readTree(text);
  }

  private static void assertError(SandboxCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as("status (%s)", new String(answer.bytes())).isEqualTo(status);
    assertThat(answer.json().path("object").asString()).isEqualTo("error");
    assertThat(answer.json().path("code").asString()).isEqualTo(code);
    assertThat(answer.json().path("status").asInt()).isEqualTo(status);
  }
}
