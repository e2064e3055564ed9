package io.wiredchaos.notionwix.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.remote.ManualClock;
import io.wiredchaos.notionwix.remote.ManualSleeper;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AlertReporterTest {

  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  ManualClock clock = ManualClock.at("2026-11-25T10:00:00Z");
  JsonMapper json = JsonMapper.builder().build();
  AtomicReference<String> stored = new AtomicReference<>();
  IncidentState state = new IncidentState() {
    @Override
    public Optional<String> load() {
      return Optional.ofNullable(stored.get());
    }

    @Override
    public void save(String value) {
      stored.set(value);
    }
  };
  int runs;

  AlertReporter reporter(String url, boolean onPartial) {
    return new AlertReporter(Reports.alerts(url, onPartial), json,
        Reports.delivery(clock, new ManualSleeper(clock), Duration.ofSeconds(2)), Deliveries.inline(), state);
  }

  RunReport run(RunOutcome outcome) {
    runs++;
    return Reports.run("run-" + runs, outcome, T0.plus(Duration.ofMinutes(15L * runs)));
  }

  List<JsonNode> messages(FakeReceiver receiver) {
    return receiver.requests().stream().filter(r -> r.text().startsWith("{"))
        .map(r -> json.readTree(r.body())).toList();
  }

  @Test
  void oneMessageWhenSyncingStartsFailingAndOneWhenItRecovers() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.finished(run(RunOutcome.SUCCESS));
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.SUCCESS));
      reporter.finished(run(RunOutcome.SUCCESS));

      List<JsonNode> sent = messages(alerts);
      assertThat(sent).hasSize(2);
      JsonNode failing = sent.get(0);
      assertThat(failing.get("status").asString()).isEqualTo("FAILING");
      assertThat(failing.get("runId").asString()).isEqualTo("run-2");
      assertThat(failing.get("outcome").asString()).isEqualTo("FAILED");
      assertThat(failing.get("errorSummary").asString()).isEqualTo("Notion rejected the token (401)");
      assertThat(failing.get("since").asString()).isEqualTo("2026-11-25T08:30:00Z");
      assertThat(failing.get("text").asString()).contains("FAILING", "run-2", "Notion rejected the token (401)");
      JsonNode recovered = sent.get(1);
      assertThat(recovered.get("status").asString()).isEqualTo("RECOVERED");
      assertThat(recovered.get("runId").asString()).isEqualTo("run-5");
      assertThat(recovered.get("outcome").asString()).isEqualTo("SUCCESS");
      assertThat(recovered.get("since").asString()).isEqualTo("2026-11-25T08:30:00Z");
      assertThat(recovered.get("lastFailedRunId").asString()).isEqualTo("run-4");
      assertThat(recovered.get("text").asString()).contains("RECOVERED", "run-5");
    }
  }

  @Test
  void aNewIncidentAfterRecoveryAlertsAgain() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.SUCCESS));
      reporter.finished(run(RunOutcome.FAILED));

      assertThat(messages(alerts)).extracting(m -> m.get("status").asString())
          .containsExactly("FAILING", "RECOVERED", "FAILING");
      assertThat(messages(alerts).get(2).get("runId").asString()).isEqualTo("run-3");
    }
  }

  @Test
  void anUndeliveredFailingAlertIsSentAgainByTheNextFailingRun() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start().answer(400)) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.FAILED));
      reporter.finished(run(RunOutcome.FAILED));

      assertThat(alerts.requests()).hasSize(2);
      JsonNode second = json.readTree(alerts.requests().get(1).body());
      assertThat(second.get("status").asString()).isEqualTo("FAILING");
      assertThat(second.get("since").asString()).as("the incident began with the first run")
          .isEqualTo("2026-11-25T08:15:00Z");
    }
  }

  @Test
  void partialRunsAreHealthyUnlessConfiguredOtherwise() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      reporter(alerts.url(), false).finished(run(RunOutcome.PARTIAL));
      assertThat(alerts.requests()).isEmpty();

      AlertReporter strict = reporter(alerts.url(), true);
      strict.finished(run(RunOutcome.PARTIAL));
      strict.finished(run(RunOutcome.PARTIAL));
      assertThat(messages(alerts)).singleElement()
          .satisfies(m -> assertThat(m.get("outcome").asString()).isEqualTo("PARTIAL"));
    }
  }

  @Test
  void dryRunsAndSkippedRunsNeitherOpenNorCloseAnIncident() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.finished(run(RunOutcome.FAILED));
      RunReport ok = run(RunOutcome.SUCCESS);
      reporter.finished(new RunReport(ok.runId(), "sync", "api", true, ok.startedAt(), ok.finishedAt(),
          ok.outcome(), ok.counts(), 0, ok.requests(), null, null, List.of(), List.of(), List.of()));
      reporter.finished(Reports.run(null, RunOutcome.SKIPPED_LOCKED, T0));

      assertThat(messages(alerts)).extracting(m -> m.get("status").asString()).containsExactly("FAILING");
      assertThat(stored.get()).as("the incident is still open").contains("run-1");
    }
  }

  @Test
  void goingStaleAlertsOnceAndTheNextGoodRunRecovers() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      Instant lastSuccess = Instant.parse("2026-11-25T09:00:00Z");
      Duration staleAfter = Duration.ofMinutes(30);
      reporter.stale(lastSuccess, staleAfter, Instant.parse("2026-11-25T09:29:00Z"));
      assertThat(alerts.requests()).as("not stale yet").isEmpty();

      reporter.stale(lastSuccess, staleAfter, Instant.parse("2026-11-25T09:31:00Z"));
      reporter.stale(lastSuccess, staleAfter, Instant.parse("2026-11-25T09:32:00Z"));
      reporter.finished(run(RunOutcome.FAILED));
      reporter.stale(lastSuccess, staleAfter, Instant.parse("2026-11-25T09:45:00Z"));
      reporter.finished(run(RunOutcome.SUCCESS));

      List<JsonNode> sent = messages(alerts);
      assertThat(sent).extracting(m -> m.get("status").asString()).containsExactly("STALE", "RECOVERED");
      JsonNode stale = sent.get(0);
      assertThat(stale.get("since").asString()).isEqualTo("2026-11-25T09:30:00Z");
      assertThat(stale.get("lastSuccessAt").asString()).isEqualTo("2026-11-25T09:00:00Z");
      assertThat(stale.get("runId").isNull()).isTrue();
      assertThat(stale.get("text").asString()).contains("STALE", "no successful sync since 2026-11-25T09:00:00Z",
          "SYNC_STALE_AFTER");
      assertThat(sent.get(1).get("since").asString()).as("recovery names the stale incident")
          .isEqualTo("2026-11-25T09:30:00Z");
      assertThat(stored.get()).isEmpty();
    }
  }

  @Test
  void aFailingIncidentIsNotAlertedAgainWhenItAlsoGoesStale() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.finished(run(RunOutcome.FAILED));
      reporter.stale(T0, Duration.ofMinutes(30), T0.plus(Duration.ofHours(2)));
      assertThat(messages(alerts)).extracting(m -> m.get("status").asString()).containsExactly("FAILING");
    }
  }

  @Test
  void anUndeliveredStaleAlertIsSentAgainByTheNextCheck() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start().answer(400)) {
      AlertReporter reporter = reporter(alerts.url(), false);
      reporter.stale(T0, Duration.ofMinutes(30), T0.plus(Duration.ofHours(1)));
      reporter.stale(T0, Duration.ofMinutes(30), T0.plus(Duration.ofHours(1).plusMinutes(1)));
      assertThat(alerts.requests()).hasSize(2);
      assertThat(json.readTree(alerts.requests().get(1).body()).get("status").asString()).isEqualTo("STALE");
    }
  }

  @Test
  void theServicesStaleCheckReadsTheLastSuccessAndDoesNothingBeforeTheFirst() throws Exception {
    try (FakeReceiver alerts = FakeReceiver.start()) {
      AlertReporter reporter = reporter(alerts.url(), false);
      var settings = new io.wiredchaos.notionwix.config.SyncSettings(Duration.ofMinutes(30), 0.2, null, "off",
          Duration.ofMinutes(30), false, 0.2);
      new StaleWatch(reporter, Optional::empty, settings, clock).check();
      assertThat(alerts.requests()).isEmpty();
      new StaleWatch(reporter, () -> Optional.of(clock.instant().minus(Duration.ofMinutes(31))), settings, clock)
          .check();
      assertThat(messages(alerts)).extracting(m -> m.get("status").asString()).containsExactly("STALE");
    }
  }

  @Test
  void withoutAUrlNothingIsSentOrStored() {
    reporter("", false).finished(run(RunOutcome.FAILED));
    assertThat(stored.get()).isNull();
  }
}
