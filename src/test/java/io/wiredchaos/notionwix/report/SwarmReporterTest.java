package io.wiredchaos.notionwix.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.remote.ManualClock;
import io.wiredchaos.notionwix.remote.ManualSleeper;
import io.wiredchaos.notionwix.remote.Sleeper;
import io.wiredchaos.notionwix.sync.RunListenerGroup;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class SwarmReporterTest {

  static final Duration BOUND = Duration.ofSeconds(10);
  ManualClock clock = ManualClock.at("2026-11-25T10:00:00Z");
  ManualSleeper sleeper = new ManualSleeper(clock);
  JsonMapper json = JsonMapper.builder().build();
  RunReport report = Reports.run("run-42", RunOutcome.SUCCESS, Instant.parse("2026-11-25T09:59:00Z"));

  SwarmReporter reporter(String url, Deliveries deliveries) {
    return reporter(url, deliveries, clock, sleeper);
  }

  SwarmReporter reporter(String url, Deliveries deliveries, Clock clock, Sleeper sleeper) {
    return new SwarmReporter(Reports.swarm(url, BOUND), json, Reports.delivery(clock, sleeper,
        Duration.ofSeconds(2)), deliveries);
  }

  @Test
  void postsTheRunReportSignedWithTheSecret() throws Exception {
    try (FakeReceiver swarm = FakeReceiver.start()) {
      reporter(swarm.url(), Deliveries.inline()).finished(report);

      FakeReceiver.Received post = swarm.requests().getFirst();
      assertThat(swarm.requests()).hasSize(1);
      assertThat(post.header("X-Signature")).isEqualTo("sha256=" + Reports.hmacHex(Reports.SECRET, post.body()));
      assertThat(post.header("X-Run-Id")).isEqualTo("run-42");
      assertThat(post.header("Content-Type")).isEqualTo("application/json");
      JsonNode body = json.readTree(post.body());
      assertThat(body.get("runId").asString()).isEqualTo("run-42");
      assertThat(body.get("outcome").asString()).isEqualTo("SUCCESS");
      assertThat(body.get("counts").get("unchanged").asInt()).isEqualTo(7);
      assertThat(post.body()).as("the same JSON as sync --json").isEqualTo(json.writeValueAsBytes(report));
    }
  }

  @Test
  void retriesServerErrorsAndRateLimitsWithBackoffThenDelivers() throws Exception {
    try (FakeReceiver swarm = FakeReceiver.start().answer(503, 429, 500)) {
      reporter(swarm.url(), Deliveries.inline()).finished(report);

      assertThat(swarm.requests()).hasSize(4);
      assertThat(swarm.requests()).extracting(r -> r.header("X-Signature")).containsOnly(
          "sha256=" + Reports.hmacHex(Reports.SECRET, swarm.requests().getFirst().body()));
      assertThat(sleeper.sleeps()).as("one backoff wait per retry").hasSize(3);
      assertThat(sleeper.total()).isLessThan(BOUND);
    }
  }

  @Test
  void aRefusalIsNotRetried() throws Exception {
    try (FakeReceiver swarm = FakeReceiver.start().answer(400)) {
      reporter(swarm.url(), Deliveries.inline()).finished(report);

      assertThat(swarm.requests()).hasSize(1);
      assertThat(sleeper.sleeps()).isEmpty();
    }
  }

  @Test
  void aDownEndpointIsLoggedWithoutItsPathOrQueryAndTheRunIsUnchanged(CapturedOutput output) throws Exception {
    String url;
    try (FakeReceiver gone = FakeReceiver.start()) {
      url = gone.url(); // closed below: nothing listens on the port any more
    }
    RunReport before = report;
    new RunListenerGroup(List.of(reporter(url, Deliveries.inline()))).finished(report);

    assertThat(report).isEqualTo(before);
    assertThat(sleeper.total()).as("retries stop at the bound").isLessThanOrEqualTo(BOUND);
    assertThat(sleeper.sleeps()).isNotEmpty();
    assertThat(output.getAll()).contains("SWARM report of run run-42 not delivered to http://127.0.0.1:")
        .doesNotContain("SECRET-PATH").doesNotContain("SECRET-QUERY").doesNotContain(Reports.SECRET);
  }

  @Test
  void anEndpointThatNeverAnswersIsCutOffAtTheBound() throws Exception {
    Duration bound = Duration.ofMillis(300);
    try (FakeReceiver swarm = FakeReceiver.start().hang()) {
      SwarmReporter reporter = new SwarmReporter(Reports.swarm(swarm.url(), bound), json,
          Reports.delivery(Clock.systemUTC(), d -> { }, Duration.ofSeconds(2)), Deliveries.inline());
      long start = System.nanoTime();
      reporter.finished(report);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound.plusSeconds(2));
      assertThat(swarm.requests()).hasSize(1);
    }
  }

  @Test
  void theServicePostsOffTheRunThreadAndShutdownWaitsBoundedForIt() throws Exception {
    try (FakeReceiver swarm = FakeReceiver.start().hang()) {
      Deliveries deliveries = Deliveries.async(Duration.ofMillis(200));
      long start = System.nanoTime();
      reporter(swarm.url(), deliveries).finished(report);
      Duration returned = Duration.ofNanos(System.nanoTime() - start);

      assertThat(returned).as("the run's thread is not held up").isLessThan(Duration.ofSeconds(1));
      assertThat(deliveries.awaitAll(Duration.ofMillis(50))).as("still waiting for the endpoint").isFalse();
      long closing = System.nanoTime();
      deliveries.close();
      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void runsThatNeverStartedAndUnsetUrlsSendNothing() throws Exception {
    try (FakeReceiver swarm = FakeReceiver.start()) {
      RunReport skipped = Reports.run(null, RunOutcome.SKIPPED_LOCKED, Instant.parse("2026-11-25T09:59:00Z"));
      reporter(swarm.url(), Deliveries.inline()).finished(skipped);
      reporter("", Deliveries.inline()).finished(report);

      assertThat(swarm.requests()).isEmpty();
    }
  }
}
