package io.wiredchaos.notionwix.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #9: {@code scripts/ci/sync-job.sh} as the workflow runs it, against the sandbox, with the product as a real
 * process (NOTION_WIX_BIN is this build's classpath), a fake GITHUB_STEP_SUMMARY and fake SWARM and alert
 * receivers. A run that Notion rejects (401 on every request) must alert FAILING; the next good run must post
 * RECOVERED. Both runs post a signed report to SWARM. The state directory is kept between the runs, as a
 * persistent state database would be (docs/operations.md says what happens without one).
 */
class SyncJobIT {

  static final Path SCRIPT = Path.of("scripts/ci/sync-job.sh").toAbsolutePath();
  JsonMapper json = JsonMapper.builder().build();
  @TempDir Path dir;

  @Test
  void summarySignedReportAlertAndRecovery() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
        FakeReceiver swarm = FakeReceiver.start();
        FakeReceiver alerts = FakeReceiver.start()) {
      Map<String, String> env = env(sandbox, swarm, alerts);

      sandbox.faults().failNext("notion", "/v1/", 401, 100_000);
      int failedCode = job(env);
      JsonNode failed = report();
      sandbox.faults().clear();
      int goodCode = job(env);
      JsonNode good = report();

      assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
      assertThat(failedCode).as("configuration error: Notion rejected the token").isEqualTo(2);
      assertThat(good.get("outcome").asString()).isEqualTo("SUCCESS");
      assertThat(goodCode).isZero();

      String summary = Files.readString(dir.resolve("summary.md"));
      assertThat(summary).contains("| run id | " + failed.get("runId").asString() + " |", "| outcome | FAILED |",
          "| exit code | 2 |", "| run id | " + good.get("runId").asString() + " |", "| outcome | SUCCESS |",
          "| exit code | 0 |", "| created | " + good.get("counts").get("created").asInt() + " |");
      assertThat(good.get("counts").get("created").asInt()).isPositive();

      List<FakeReceiver.Received> posts = swarm.requests();
      assertThat(posts).extracting(p -> json.readTree(p.body()).get("runId").asString())
          .containsExactly(failed.get("runId").asString(), good.get("runId").asString());
      for (FakeReceiver.Received post : posts) {
        assertThat(post.header("X-Signature")).isEqualTo("sha256=" + Reports.hmacHex(Reports.SECRET, post.body()));
      }

      List<JsonNode> messages = alerts.requests().stream().map(r -> json.readTree(r.body())).toList();
      assertThat(messages).extracting(m -> m.get("status").asString()).containsExactly("FAILING", "RECOVERED");
      assertThat(messages.get(0).get("runId").asString()).isEqualTo(failed.get("runId").asString());
      assertThat(messages.get(0).get("text").asString()).contains("FAILING");
      assertThat(messages.get(1).get("runId").asString()).isEqualTo(good.get("runId").asString());
      assertThat(messages.get(1).get("since").asString()).isEqualTo(messages.get(0).get("since").asString());

      String printed = Files.readString(dir.resolve("job.out")) + Files.readString(dir.resolve("job.err"));
      assertThat(printed).doesNotContain(Reports.SECRET).doesNotContain("SECRET-PATH").doesNotContain("SECRET-QUERY");
    }
  }

  /**
   * A fresh GitHub runner has no state directory: each scheduled job starts without the journal. The second job
   * must still find everything in step (Wix items carry syncHash and notionLastEdited) and write nothing.
   */
  @Test
  void withoutStateEachJobIsStillIncrementalAndAnUnchangedRunWritesNothing() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
        FakeReceiver swarm = FakeReceiver.start();
        FakeReceiver alerts = FakeReceiver.start()) {
      Map<String, String> env = env(sandbox, swarm, alerts);
      env.put("SYNC_DATA_DIR", dir.resolve("runner-1").toString());
      assertThat(job(env)).isZero();
      assertThat(report().get("counts").get("created").asInt()).isPositive();

      sandbox.requestLog().clear();
      env.put("SYNC_DATA_DIR", dir.resolve("runner-2").toString());
      assertThat(job(env)).isZero();
      JsonNode second = report();
      assertThat(second.get("outcome").asString()).isEqualTo("SUCCESS");
      JsonNode counts = second.get("counts");
      assertThat(List.of(counts.get("created").asInt(), counts.get("updated").asInt(), counts.get("deleted").asInt()))
          .containsOnly(0);
      assertThat(sandbox.requestLog().side("wix")).as("Wix requests of the unchanged run").isNotEmpty()
          .noneMatch(e -> List.of("PUT", "PATCH", "DELETE").contains(e.method()) || e.path().contains("/bulk/")
              || e.path().contains("/import") || e.method().equals("POST") && e.path().endsWith("/collections"));
    }
  }

  private Map<String, String> env(Sandbox sandbox, FakeReceiver swarm, FakeReceiver alerts) {
    Map<String, String> env = new HashMap<>(sandbox.env());
    env.put("NOTION_REQUESTS_PER_SECOND", "1000");
    env.put("WIX_REQUESTS_PER_MINUTE", "100000");
    env.put("SYNC_DATA_DIR", dir.resolve("state").toString());
    env.put("SYNC_REPORT_DIR", dir.resolve("report").toString());
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
    env.put("GITHUB_OUTPUT", dir.resolve("output.txt").toString());
    env.put("SWARM_WEBHOOK_URL", swarm.url());
    env.put("SWARM_WEBHOOK_SECRET", Reports.SECRET);
    env.put("SWARM_TIMEOUT", "5s");
    env.put("ALERT_WEBHOOK_URL", alerts.url());
    env.put("ALERT_TIMEOUT", "5s");
    env.put("NOTION_WIX_BIN", String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), "io.wiredchaos.notionwix.cli.Main"));
    return env;
  }

  private int job(Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString())
        .redirectOutput(dir.resolve("job.out").toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("job.err").toFile()));
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the job finishes").isTrue();
    return process.exitValue();
  }

  private JsonNode report() throws Exception {
    return json.readTree(Files.readString(dir.resolve("report/run-report.json")));
  }
}
