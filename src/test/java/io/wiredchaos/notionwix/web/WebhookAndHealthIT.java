package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Webhook receiver (signature, replay, debounce, scope) and health turning DOWN, UP and stale. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ServiceFixture.Beans.class, WebhookAndHealthIT.Capture.class})
class WebhookAndHealthIT {

  static Sandbox sandbox;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws Exception {
    sandbox = ServiceFixture.sandbox(registry);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Records the options every run started with. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Capture {
    @Bean
    StartedRuns startedRuns() {
      return new StartedRuns();
    }
  }

  static final class StartedRuns implements RunListener {
    final List<RunOptions> options = new CopyOnWriteArrayList<>();

    @Override
    public void started(String runId, RunOptions o) {
      options.add(o);
    }
  }

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired RunCoordinator coordinator;
  @Autowired ServiceFixture.ManualDelays delays;
  @Autowired ServiceFixture.MovableClock clock;
  @Autowired StartedRuns started;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    delays.runDue();
  }

  static byte[] fixture(String name) throws Exception {
    try (var in = WebhookAndHealthIT.class.getResourceAsStream("/notion-webhooks/" + name)) {
      return in.readAllBytes();
    }
  }

  ResultActions deliver(byte[] body, String signature) throws Exception {
    var request = post("/api/notion/webhook").contentType(MediaType.APPLICATION_JSON).content(body);
    if (signature != null) {
      request.header("X-Notion-Signature", signature);
    }
    return mvc.perform(request);
  }

  /** Notion's reference ids of the fixtures' database and data source. */
  static final String FIXTURE_DATABASE = "248104cd-477e-80fd-b757-e945d38000bd";
  static final String FIXTURE_DATA_SOURCE = "25c104cd-477e-8047-836b-000b4aa4bc94";

  /** A fixture as the sandbox's workspace would send it: its parent is the synced database and data source. */
  ResultActions deliver(String name) throws Exception {
    return deliverSigned(new String(fixture(name), java.nio.charset.StandardCharsets.UTF_8)
        .replace(FIXTURE_DATABASE, io.wiredchaos.notionwix.sandbox.SeedContent.DATABASE_ID)
        .replace(FIXTURE_DATA_SOURCE, io.wiredchaos.notionwix.sandbox.SeedContent.DATA_SOURCE_ID));
  }

  ResultActions deliverSigned(String json) throws Exception {
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return deliver(body, WebhookSignature.sign(ServiceFixture.WEBHOOK_SECRET, body));
  }

  /** A page.properties_updated event with its own event id about {@code page}, under {@code parent} (JSON). */
  static String pageEvent(String page, String parent) throws Exception {
    String fixture = new String(fixture("webhook-page-properties-updated.json"), java.nio.charset.StandardCharsets.UTF_8);
    return fixture.replace("367cba44-b6f3-4c92-81e7-6a2e9659efd4", java.util.UUID.randomUUID().toString())
        .replace("2a7104cd-477e-8123-b1aa-f00d00000001", page)
        .replace("{\"id\":\"" + FIXTURE_DATABASE + "\",\"type\":\"database\",\"data_source_id\":\""
            + FIXTURE_DATA_SOURCE + "\"}", parent);
  }

  static final String OUR_PARENT = "{\"id\":\"" + io.wiredchaos.notionwix.sandbox.SeedContent.DATABASE_ID
      + "\",\"type\":\"database\",\"data_source_id\":\"" + io.wiredchaos.notionwix.sandbox.SeedContent.DATA_SOURCE_ID
      + "\"}";

  /**
   * A busy workspace: events for pages of another database, of the same database's other data source, under a
   * page, and at the workspace root, plus another database's schema change. None is accepted and no run is
   * scheduled (the manual timer has nothing to fire), so the flood costs no Notion request.
   */
  @Test
  void aFloodOfEventsAboutOtherDataSourcesSchedulesNoRun() throws Exception {
    delays.runDue();
    var before = coordinator.last();
    List<String> parents = List.of(
        "{\"id\":\"" + FIXTURE_DATABASE + "\",\"type\":\"database\",\"data_source_id\":\"" + FIXTURE_DATA_SOURCE + "\"}",
        "{\"id\":\"" + FIXTURE_DATABASE + "\",\"type\":\"database\"}",
        "{\"id\":\"" + FIXTURE_DATA_SOURCE + "\",\"type\":\"data_source\"}",
        "{\"id\":\"5d1404cd-477e-81b2-c014-000000000014\",\"type\":\"page\"}",
        "{\"type\":\"workspace\",\"workspace\":true}");
    for (int i = 0; i < 200; i++) {
      String page = String.format("0ddba11e-0000-4000-8000-%012d", i);
      deliverSigned(pageEvent(page, parents.get(i % parents.size()))).andExpect(status().isOk())
          .andExpect(jsonPath("$.accepted").value(false));
    }
    // another database's schema change, under its own event id (the fixture's is delivered as ours elsewhere)
    deliverSigned(new String(fixture("webhook-data-source-schema-updated.json"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("69afed77-e9c6-4fc5-b41a-9d5b2c9c2b27", java.util.UUID.randomUUID().toString()))
        .andExpect(jsonPath("$.accepted").value(false));
    assertThat(delays.tasks).as("no debounce timer was started").isEmpty();
    assertThat(delays.runDue()).isZero();
    assertThat(coordinator.last()).isEqualTo(before);
  }

  /**
   * A real batch, late and mixed (notion.md §9.5): an edit of a synced page, an event for a page since deleted
   * for good (Notion answers 404 object_not_found), and one without parent information for an id that is not a
   * row. The edit is synced, the other two are skipped with a note in the report, and health stays UP.
   */
  @Test
  void aBatchNamingUnreadablePagesSyncsTheRealEditAndSkipsTheRest() throws Exception {
    RunReport baseline = coordinator.start(RunOptions.scheduled()).orElseThrow().report().get(60, TimeUnit.SECONDS);
    assertThat(baseline.outcome()).isEqualTo(RunOutcome.SUCCESS);
    String page = sandbox.notion().pageIds().get(3);
    sandbox.notion().setTitle(page, "Edited before a mixed webhook batch");
    String gone = "0badbeef-0000-4000-8000-000000000404";
    String unknown = "0badbeef-0000-4000-8000-00000000a11e";
    deliverSigned(pageEvent(page, OUR_PARENT)).andExpect(jsonPath("$.accepted").value(true));
    deliverSigned(pageEvent(gone, OUR_PARENT)).andExpect(jsonPath("$.accepted").value(true));
    deliverSigned(pageEvent(unknown, OUR_PARENT).replace(",\"data\":{\"parent\":" + OUR_PARENT + ",", ",\"data\":{"))
        .andExpect(jsonPath("$.accepted").value(true));

    RunReport report = fireAndWait();
    assertThat(started.options.getLast().only()).containsExactlyInAnyOrder(page, gone, unknown);
    assertThat(report.outcome()).as(String.valueOf(report.errorSummary())).isEqualTo(RunOutcome.SUCCESS);
    assertThat(report.counts().updated()).isEqualTo(1);
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains(gone).contains("skipped")
        .contains("object_not_found"));
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains(unknown).contains("skipped"));
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).filteredOn(i -> i.path("notionPageId").asString()
        .equals(page)).singleElement().satisfies(i -> assertThat(i.path("title").asString())
        .isEqualTo("Edited before a mixed webhook batch"));
    mvc.perform(get("/api/health")).andExpect(jsonPath("$.status").value("UP"));
    assertThat(lastSyncStatus()).isEqualTo("UP");
  }

  RunReport fireAndWait() throws Exception {
    var before = coordinator.last();
    assertThat(delays.runDue()).isEqualTo(1);
    var run = coordinator.last().orElseThrow();
    assertThat(Optional.of(run)).isNotEqualTo(before);
    return run.report().get(60, TimeUnit.SECONDS);
  }

  /** The expected value was computed outside Java: {@code openssl dgst -sha256 -hmac <secret> <fixture file>}. */
  @Test
  void signatureMatchesNotionsFixture() throws Exception {
    assertThat(WebhookSignature.sign(ServiceFixture.WEBHOOK_SECRET, fixture("webhook-page-properties-updated.json")))
        .isEqualTo("sha256=3fbcef51088f28bc1d14631d3583b96c88c49f26206ef64bed7077eb06601abb");
  }

  @Test
  void wrongOrMissingSignatureIs401AndQueuesNothing() throws Exception {
    byte[] body = fixture("webhook-page-content-updated.json");
    deliver(body, "sha256=00").andExpect(status().isUnauthorized()).andExpect(jsonPath("$.kind").value("AUTH"));
    deliver(body, null).andExpect(status().isUnauthorized());
    deliver(fixture("webhook-verification-handshake.json"), null).andExpect(status().isUnauthorized());
    assertThat(delays.runDue()).isZero();
  }

  @Test
  void eventsAreDebouncedDeduplicatedAndScopedToTheirPages() throws Exception {
    deliver("webhook-page-properties-updated.json").andExpect(status().isOk())
        .andExpect(jsonPath("$.accepted").value(true));
    deliver("webhook-page-properties-updated.json").andExpect(status().isOk())
        .andExpect(jsonPath("$.accepted").value(false));
    deliver("webhook-page-content-updated.json").andExpect(status().isOk());
    assertThat(delays.delays).last().isEqualTo(Duration.ofSeconds(10));
    int runsBefore = started.options.size();
    RunReport report = fireAndWait();
    assertThat(report.trigger()).isEqualTo("webhook");
    assertThat(started.options).hasSize(runsBefore + 1);
    RunOptions options = started.options.getLast();
    assertThat(options.only()).containsExactlyInAnyOrder("2a7104cd-477e-8123-b1aa-f00d00000001");
    assertThat(delays.runDue()).isZero();
  }

  /**
   * The sandbox's own emission end to end: it subscribes this service's receiver (handshake signed with the
   * configured secret), is verified, and an admin title edit reaches the receiver as a signed
   * page.properties_updated event; the debounced run (the manual timer stands in for the quiet period) syncs
   * only that page, and its Wix item carries the new title.
   */
  @Test
  void sandboxEmittedEventSyncsOnlyThatPage() throws Exception {
    RunReport baseline = coordinator.start(RunOptions.scheduled()).orElseThrow().report().get(60, TimeUnit.SECONDS);
    assertThat(baseline.outcome()).isEqualTo(RunOutcome.SUCCESS);
    String page = sandbox.notion().pageIds().get(5);
    sandbox.webhooks().subscribe("http://127.0.0.1:" + port + "/api/notion/webhook", ServiceFixture.WEBHOOK_SECRET,
        Duration.ofSeconds(10));
    sandbox.webhooks().flush(Duration.ofSeconds(20));
    assertThat(sandbox.webhooks().verify(ServiceFixture.WEBHOOK_SECRET)).isTrue();
    var edit = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(sandbox.notionBaseUrl() + "/_sandbox/pages/" + page + "/title"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"Retitled by a webhook test\"}"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(edit.statusCode()).isEqualTo(200);
    sandbox.webhooks().flush(Duration.ofSeconds(20));
    assertThat(sandbox.webhooks().deliveries()).extracting(d -> d.type() + " " + d.status())
        .containsExactly("verification 200", "page.properties_updated 200");
    assertThat(delays.delays).last().isEqualTo(Duration.ofSeconds(10));

    RunReport report = fireAndWait();
    assertThat(report.trigger()).isEqualTo("webhook");
    assertThat(started.options.getLast().only()).containsExactly(page);
    assertThat(report.counts().updated()).isEqualTo(1);
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).filteredOn(i -> i.path("notionPageId").asString()
        .equals(page)).singleElement().satisfies(i -> assertThat(i.path("title").asString())
        .isEqualTo("Retitled by a webhook test"));
    sandbox.webhooks().unsubscribe();
  }

  @Test
  void deletionAndSchemaEventsRunFullScope() throws Exception {
    deliver("webhook-page-content-updated.json").andExpect(status().isOk());
    deliver("webhook-page-deleted.json").andExpect(status().isOk());
    fireAndWait();
    assertThat(started.options.getLast().only()).isEmpty();
    assertThat(started.options.getLast().full()).isFalse();
    deliver("webhook-data-source-schema-updated.json").andExpect(status().isOk());
    fireAndWait();
    assertThat(started.options.getLast().full()).isTrue();
  }

  @Test
  void oversizeIs413AndWrongTypeIs415() throws Exception {
    byte[] big = new byte[NotionWebhook.MAX_BODY + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    deliver(big, WebhookSignature.sign(ServiceFixture.WEBHOOK_SECRET, big)).andExpect(status().is(413));
    mvc.perform(post("/api/notion/webhook").contentType(MediaType.TEXT_PLAIN).content("x"))
        .andExpect(status().isUnsupportedMediaType());
  }

  @Test
  void healthFollowsTheLastRunAndTurnsStale() throws Exception {
    sandbox.faults().failNext("notion", "/v1/data_sources", 401, 1);
    RunReport failed = coordinator.start(RunOptions.scheduled()).orElseThrow().report().get(60, TimeUnit.SECONDS);
    assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
    mvc.perform(get("/api/health")).andExpect(jsonPath("$.status").value("DOWN"))
        .andExpect(jsonPath("$.lastOutcome").value("FAILED"));
    assertThat(lastSyncStatus()).isEqualTo("DOWN");

    RunReport good = coordinator.start(RunOptions.scheduled()).orElseThrow().report().get(60, TimeUnit.SECONDS);
    assertThat(good.outcome()).isEqualTo(RunOutcome.SUCCESS);
    mvc.perform(get("/api/health")).andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.store.status").value("UP"));
    assertThat(lastSyncStatus()).isEqualTo("UP");

    clock.advance(Duration.ofMinutes(31));
    mvc.perform(get("/api/health")).andExpect(jsonPath("$.status").value("STALE"));
    assertThat(lastSyncStatus()).isEqualTo("DOWN");
    assertThat(ServiceFixture.get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(ServiceFixture.get(port, "/actuator/health/readiness").statusCode())
        .as("a stale sync does not take the service out of rotation").isEqualTo(200);
    clock.advance(Duration.ofMinutes(-31));
  }

  String lastSyncStatus() throws Exception {
    String body = ServiceFixture.get(port, "/actuator/health").body();
    return context.getBean(tools.jackson.databind.json.JsonMapper.class).readTree(body)
        .at("/components/lastSync/status").asString();
  }

  @Test
  void theNotionAndWixPanelsReadTheSandboxThroughTheOverviewAdapters() throws Exception {
    mvc.perform(get("/api/notion/status")).andExpect(status().isOk())
        .andExpect(jsonPath("$.reachable").value(true))
        .andExpect(jsonPath("$.published").value(io.wiredchaos.notionwix.sandbox.SeedContent.PUBLISHED))
        .andExpect(jsonPath("$.title").value("WIRED CHAOS content"));
    mvc.perform(get("/api/wix/status")).andExpect(status().isOk())
        .andExpect(jsonPath("$.reachable").value(true)).andExpect(jsonPath("$.mediaImported").isNumber());
    mvc.perform(get("/api/notion/pages?size=5")).andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(5));
    mvc.perform(get("/api/wix/items/a1b2c3d4-0000-4000-8000-000000000001")).andExpect(status().isOk());
  }

  /** Health probes and the status routes share one answer per remote for 60 s, so probes don't burn rate limit. */
  @Test
  void remotesAreAskedAtMostOncePerMinuteAndTheirErrorsAreAnsweredNotThrown() throws Exception {
    // whatever an earlier test cached has expired; the offset is undone at the end because the run lock's lease
    // is written with this clock but checked by ShedLock against the system clock
    clock.advance(Duration.ofSeconds(61));
    try {
      ServiceFixture.get(port, "/actuator/health");
      long notionCalls = sandbox.requestLog().side("notion").size();
      long wixCalls = sandbox.requestLog().side("wix").size();
      for (int i = 0; i < 3; i++) {
        ServiceFixture.get(port, "/actuator/health");
        mvc.perform(get("/api/health")).andExpect(status().isOk());
        mvc.perform(get("/api/notion/status")).andExpect(jsonPath("$.reachable").value(true));
        mvc.perform(get("/api/wix/status")).andExpect(jsonPath("$.reachable").value(true));
      }
      assertThat(sandbox.requestLog().side("notion")).hasSize((int) notionCalls);
      assertThat(sandbox.requestLog().side("wix")).hasSize((int) wixCalls);

      sandbox.faults().failNext("notion", "/v1/", 401, 20);
      mvc.perform(get("/api/notion/status")).andExpect(jsonPath("$.reachable").value(true));
      clock.advance(Duration.ofSeconds(61));
      mvc.perform(get("/api/notion/status")).andExpect(status().isOk())
          .andExpect(jsonPath("$.reachable").value(false)).andExpect(jsonPath("$.error.kind").value("CONFIG"))
          .andExpect(jsonPath("$.error.message").isString());
      assertThat(sandbox.requestLog().side("notion")).hasSizeGreaterThan((int) notionCalls);
      mvc.perform(get("/api/health")).andExpect(jsonPath("$.components.notion.status").value("DOWN"));
      mvc.perform(get("/api/notion/pages")).andExpect(status().isServiceUnavailable())
          .andExpect(jsonPath("$.kind").value("CONFIG")).andExpect(jsonPath("$.status").value(503));
      String health = ServiceFixture.get(port, "/actuator/health").body();
      assertThat(health).doesNotContain(Sandbox.NOTION_TOKEN).doesNotContain(ServiceFixture.WEBHOOK_SECRET);
    } finally {
      sandbox.faults().clear();
      clock.advance(Duration.ofSeconds(61));
    }
    mvc.perform(get("/api/notion/status")).andExpect(jsonPath("$.reachable").value(true));
    mvc.perform(get("/api/wix/items/no-such-item")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.kind").value("NOT_FOUND"));
    clock.advance(Duration.ofSeconds(-3 * 61));
  }
}
