package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service against the sandbox: admin trigger, 409 on a second trigger, history, run detail, health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SyncRoutesIT {

  static final Sandbox SANDBOX = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(5),
      Duration.ZERO));
  static final String ADMIN = "test-admin-token-7731";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    registry.add("notionwix.notion.base-url", SANDBOX::notionBaseUrl);
    registry.add("notionwix.notion.token", () -> Sandbox.NOTION_TOKEN);
    registry.add("notionwix.notion.database-id", () -> SeedContent.DATABASE_ID);
    registry.add("notionwix.notion.requests-per-second", () -> "1000");
    registry.add("notionwix.wix.base-url", SANDBOX::wixBaseUrl);
    registry.add("notionwix.wix.api-key", () -> Sandbox.WIX_KEY);
    registry.add("notionwix.wix.site-id", () -> Sandbox.WIX_SITE_ID);
    registry.add("notionwix.wix.requests-per-minute", () -> "100000");
    registry.add("notionwix.service.admin-token", () -> ADMIN);
    String dataDir = Files.createTempDirectory("routes-it").toString();
    registry.add("notionwix.store.data-dir", () -> dataDir);
  }

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  @Test
  void aTriggeredRunIsReportedInStatusHistoryDetailAndHealth() throws Exception {
    assertThat(post("/api/sync/trigger", null).statusCode()).isEqualTo(401);
    assertThat(post("/api/sync/trigger", "Bearer wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> accepted = post("/api/sync/trigger", "Bearer " + ADMIN);
    assertThat(accepted.statusCode()).isEqualTo(202);
    String runId = JSON.readTree(accepted.body()).path("runId").asString();
    HttpResponse<String> second = post("/api/sync/trigger", "Bearer " + ADMIN);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains(runId);

    awaitUpTo(Duration.ofSeconds(60), () -> !get("/api/sync/status").path("running").asBoolean());
    JsonNode status = get("/api/sync/status");
    assertThat(status.path("lastRun").path("runId").asString()).isEqualTo(runId);
    assertThat(status.path("lastRun").path("outcome").asString()).isEqualTo("SUCCESS");
    assertThat(status.path("lastRun").path("counts").path("created").asInt()).isEqualTo(SeedContent.PUBLISHED);
    assertThat(get("/api/sync/runs").path("items").get(0).path("runId").asString()).isEqualTo(runId);
    JsonNode detail = get("/api/sync/runs/" + runId);
    assertThat(detail.path("changes")).hasSize(SeedContent.PUBLISHED);
    assertThat(detail.path("changes").get(0).path("action").asString()).isEqualTo("CREATE");
    assertThat(detail.path("changes").get(0).path("fields").size()).isGreaterThan(3);
    assertThat(get("/actuator/health").path("components").path("lastSync").path("status").asString())
        .isEqualTo("UP");
    assertThat(get("/api/sync/status").toString()).doesNotContain(ADMIN).doesNotContain(Sandbox.NOTION_TOKEN);
  }

  private HttpResponse<String> post(String path, String auth) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private JsonNode get(String path) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString()).body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitUpTo(Duration limit, java.util.function.BooleanSupplier condition) {
    Instant end = Instant.now().plus(limit);
    while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }
}
