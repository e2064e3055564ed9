package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sync routes, event stream and admin guard over the real wiring against the sandbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ServiceFixture.Beans.class)
class SyncRoutesIT {

  static Sandbox sandbox;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws Exception {
    sandbox = ServiceFixture.sandbox(registry);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired RunCoordinator coordinator;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  RunReport triggerAndWait(String body) throws Exception {
    return triggerAndWait(body, "Bearer");
  }

  RunReport triggerAndWait(String body, String scheme) throws Exception {
    String runId = mvc.perform(post("/api/sync/trigger").header("Authorization", scheme + " " + ServiceFixture.ADMIN)
        .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isAccepted()).andExpect(jsonPath("$.runId").isString())
        .andReturn().getResponse().getContentAsString().replaceAll(".*\"runId\":\"([^\"]+)\".*", "$1");
    RunCoordinator.Started started = coordinator.last().orElseThrow();
    assertThat(started.runId()).isEqualTo(runId);
    return started.report().get(60, TimeUnit.SECONDS);
  }

  @Test
  void triggerWithoutOrWithWrongTokenIs401AndStartsNothing() throws Exception {
    var before = coordinator.last();
    mvc.perform(post("/api/sync/trigger").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.kind").value("AUTH"));
    mvc.perform(post("/api/sync/trigger").header("Authorization", "Bearer wrong")
        .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(post("/api/sync/runs/x/rollback").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
    assertThat(coordinator.last()).isEqualTo(before);
  }

  @Test
  void nonLocalReaderIs403WithoutPublicRead() throws Exception {
    mvc.perform(get("/api/sync/status").with(r -> {
      r.setRemoteAddr("10.1.2.3");
      return r;
    })).andExpect(status().isForbidden()).andExpect(jsonPath("$.kind").value("AUTH"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SYNC_PUBLIC_READ")));
    mvc.perform(get("/api/sync/status")).andExpect(status().isOk());
  }

  @Test
  void secondTriggerWhileARunIsActiveIs409WithItsId() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    var blocking = coordinator.start("r-blocking", listener -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }).orElseThrow();
    try {
      mvc.perform(post("/api/sync/trigger").header("Authorization", "Bearer " + ServiceFixture.ADMIN)
          .contentType(MediaType.APPLICATION_JSON).content("{}"))
          .andExpect(status().isConflict()).andExpect(jsonPath("$.runId").value("r-blocking"));
      mvc.perform(get("/api/sync/status")).andExpect(jsonPath("$.running").value(true))
          .andExpect(jsonPath("$.currentRunId").value("r-blocking"));
    } finally {
      release.countDown();
      blocking.report().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void realRunStreamsEventsAndIsListedWithChanges() throws Exception {
    List<String> events = new ArrayList<>();
    HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/api/sync/events")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
    // the emitter is registered before the handler returns, so once the headers arrived the stream is subscribed
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(context.getBean(RunEvents.class).subscribers()).isPositive();
    CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
      try (var in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("event:")) {
            synchronized (events) {
              events.add(line.substring(6).trim());
            }
            if (line.contains("run-finished")) {
              return;
            }
          }
        }
      } catch (Exception ignored) {
        // stream closed
      }
    });
    RunReport report = triggerAndWait("{\"dryRun\":false,\"full\":false,\"pageIds\":[]}");
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
    reader.get(30, TimeUnit.SECONDS);
    assertThat(events).first().isEqualTo("run-started");
    assertThat(events).contains("progress").last().isEqualTo("run-finished");

    mvc.perform(get("/api/sync/runs?page=0&size=5")).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].runId").value(report.runId()))
        .andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
        .andExpect(jsonPath("$.items[0].trigger").value("manual"));
    mvc.perform(get("/api/sync/runs/" + report.runId())).andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.runId").value(report.runId()))
        .andExpect(jsonPath("$.changes[0].action").isString())
        .andExpect(jsonPath("$.changes[0].fields").isArray());
    mvc.perform(get("/api/sync/runs/" + report.runId() + "/plan")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.kind").value("NOT_FOUND"));
    mvc.perform(get("/api/sync/status")).andExpect(jsonPath("$.running").value(false))
        .andExpect(jsonPath("$.lastRun.runId").value(report.runId()))
        .andExpect(jsonPath("$.nextScheduledAt").doesNotExist());
    // "last sync" is one instant everywhere: when the newest successful real sync finished
    String finished = report.finishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    assertThat(report.finishedAt()).isAfter(report.startedAt());
    assertThat(lastSuccessAt("/api/sync/status")).isEqualTo(finished);
    assertThat(lastSuccessAt("/api/health")).isEqualTo(finished);
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
        .contains("\"lastSuccessAt\":\"" + finished + "\"");

    RunReport dry = triggerAndWait("{\"dryRun\":true}");
    mvc.perform(get("/api/sync/runs/" + dry.runId() + "/plan")).andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.dryRun").value(true))
        .andExpect(jsonPath("$.changes").isArray());
  }

  private String lastSuccessAt(String route) throws Exception {
    String body = mvc.perform(get(route)).andReturn().getResponse().getContentAsString();
    return java.time.Instant.parse(body.replaceAll(".*\"lastSuccessAt\":\"([^\"]+)\".*", "$1")).toString();
  }

  @Test
  void unknownRunIs404Problem() throws Exception {
    mvc.perform(get("/api/sync/runs/r-nope")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.kind").value("NOT_FOUND")).andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void rollbackOfUnknownRunIs404() throws Exception {
    mvc.perform(post("/api/sync/runs/r-nope/rollback").header("Authorization", "Bearer " + ServiceFixture.ADMIN)
        .contentType(MediaType.APPLICATION_JSON).content("{\"dryRun\":true}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void prometheusExposesTheMetersOfIssue7AndOnlyHealthInfoPrometheusAreExposed() throws Exception {
    triggerAndWait("{\"dryRun\":true}");
    String metrics = ServiceFixture.get(port, "/actuator/prometheus").body();
    assertThat(metrics).contains("notionwix_runs_total{outcome=\"SUCCESS\"")
        .contains("notionwix_items_total{action=\"noop\"")
        .contains("notionwix_run_duration_seconds_bucket{")
        .contains("notionwix_last_success_timestamp_seconds ")
        .contains("notionwix_images_imported_total ")
        .contains("notionwix_rate_limit_wait_seconds_total ")
        .containsPattern("notionwix_remote_requests_total\\{api=\"notion\",[^}]*status=\"200\"")
        .containsPattern("notionwix_remote_requests_total\\{api=\"wix\",[^}]*status=\"200\"")
        .contains("notionwix_remote_budget_wait_seconds_total{");
    for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/loggers")) {
      assertThat(ServiceFixture.get(port, hidden).statusCode()).as(hidden).isEqualTo(404);
    }
    assertThat(ServiceFixture.get(port, "/actuator/info").statusCode()).isEqualTo(200);
  }

  @Test
  void corsIsClosedToOtherOrigins() throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/sync/trigger")
        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"))
        .andExpect(result -> assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isNull());
    mvc.perform(get("/api/sync/status").header("Origin", "https://evil.example"))
        .andExpect(result -> assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isNull());
  }

  @Test
  void anOversizeTriggerBodyIs413AndStartsNothing() throws Exception {
    var before = coordinator.last();
    String body = "{\"pageIds\":[\"" + "a".repeat(70 * 1024) + "\"]}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/sync/trigger"))
        .header("Authorization", "Bearer " + ServiceFixture.ADMIN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"kind\":\"DATA\"");
    assertThat(coordinator.last()).isEqualTo(before);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  /** A body sent chunked: the publisher has no length, so no Content-Length goes out. */
  static HttpRequest.BodyPublisher chunked(String body) {
    return HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aChunkedTriggerBodyOverTheLimitIs413LikeADeclaredOneAndASmallOneWorks() throws Exception {
    var before = coordinator.last();
    String big = "{\"pageIds\":[\"" + "a".repeat(70 * 1024) + "\"]}";
    HttpResponse<String> response = send(to("/api/sync/trigger").header("Authorization", "Bearer " + ServiceFixture.ADMIN)
        .header("Content-Type", "application/json").POST(chunked(big)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"kind\":\"DATA\"").contains("64 KB");
    assertThat(coordinator.last()).isEqualTo(before);

    HttpResponse<String> small = send(to("/api/sync/trigger").header("Authorization", "Bearer " + ServiceFixture.ADMIN)
        .header("Content-Type", "application/json").POST(chunked("{\"dryRun\":true}")));
    assertThat(small.statusCode()).as(small.body()).isEqualTo(202);
    coordinator.last().orElseThrow().report().get(60, TimeUnit.SECONDS);
  }

  /** RFC 9110 §11.1 / RFC 6750 §2.1: the auth scheme is a case-insensitive token. */
  @Test
  void theBearerSchemeIsCaseInsensitive() throws Exception {
    assertThat(triggerAndWait("{\"dryRun\":true}", "bearer").outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(triggerAndWait("{\"dryRun\":true}", "BEARER").outcome()).isEqualTo(RunOutcome.SUCCESS);
    mvc.perform(post("/api/sync/trigger").header("Authorization", "Basic " + ServiceFixture.ADMIN)
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
  }

  @Test
  void malformedPageIdsAre400NamingThemAndStartNoRun() throws Exception {
    var before = coordinator.last();
    mvc.perform(post("/api/sync/trigger").header("Authorization", "Bearer " + ServiceFixture.ADMIN)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"pageIds\":[\"" + sandbox.notion().pageIds().getFirst() + "\",\"not-a-page\",\"1234\"]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.kind").value("DATA"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString("\"not-a-page\""), org.hamcrest.Matchers.containsString("\"1234\""))))
        .andExpect(jsonPath("$.invalidPageIds[0]").value("not-a-page"))
        .andExpect(jsonPath("$.invalidPageIds[1]").value("1234"))
        .andExpect(jsonPath("$.invalidPageIds.length()").value(2));
    assertThat(coordinator.last()).isEqualTo(before);
  }

  @Test
  void pageIdsAreAcceptedInTheFormsNotionGivesThem() throws Exception {
    String page = sandbox.notion().pageIds().getFirst();
    String hex = page.replace("-", "");
    RunReport report = triggerAndWait("{\"dryRun\":true,\"pageIds\":[\"" + hex.toUpperCase(java.util.Locale.ROOT)
        + "\",\"https://www.notion.so/acme/Some-title-" + hex + "?pvs=4\",\"" + page + "\"]}");
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(report.failures()).isEmpty();
    assertThat(report.warnings()).noneMatch(w -> w.contains("skipped"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    var answers = new java.util.LinkedHashMap<String, HttpResponse<String>>();
    answers.put("api", send(to("/api/sync/status")));
    answers.put("static", send(to("/")));
    answers.put("route error", send(to("/api/sync/runs/r-nope")));
    answers.put("no such path", send(to("/no/such/path")));
    answers.put("actuator", send(to("/actuator/health")));
    answers.put("auth error", send(to("/api/sync/trigger").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))));
    answers.put("too large", send(to("/api/sync/trigger").header("Content-Type", "application/json")
        .POST(chunked("x".repeat(70 * 1024)))));
    assertThat(answers.get("route error").statusCode()).isEqualTo(404);
    assertThat(answers.get("auth error").statusCode()).isEqualTo(401);
    assertThat(answers.get("too large").statusCode()).isEqualTo(413);
    answers.forEach((what, response) -> {
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityHeaders.POLICY);
      assertThat(SecurityHeaders.POLICY).contains("frame-ancestors 'none'").contains("script-src 'self'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    });
  }
}
