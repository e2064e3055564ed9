package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.File;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync process killed with SIGKILL in the middle of its run; the next run must end in the correct state, with no
 * duplicates, and the killed run marked INTERRUPTED.
 */
class CrashResumeIT {

  @TempDir Path dataDir;

  @Test
  void aKilledRunIsResumedByTheNextOne() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(15), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      Process child = start(env);
      awaitUpTo(Duration.ofSeconds(60), () -> sandbox.requestLog().count("wix", "POST", "/site-media") > 0
          || !child.isAlive());
      assertThat(child.isAlive()).as("the child is still mid-run when it is killed").isTrue();
      child.destroyForcibly().waitFor();

      CliRun.Result resumed = CliRun.run(env, dataDir, "sync");
      assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
      var items = sandbox.wix().items(Sandbox.COLLECTION);
      assertThat(items).hasSize(SeedContent.PUBLISHED + 2);
      assertThat(items.stream().map(i -> i.path("_id").asString()).distinct().count()).isEqualTo(items.size());
      assertThat(outcomes()).startsWith("INTERRUPTED").endsWith("SUCCESS");
    }
  }

  private Process start(Map<String, String> env) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar",
        new File("target/notion-wix.jar").getAbsolutePath(), "sync"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("child.log").toFile());
    builder.environment().putAll(env);
    builder.environment().put("SYNC_DATA_DIR", dataDir.toString());
    return builder.start();
  }

  private List<String> outcomes() throws Exception {
    List<String> outcomes = new ArrayList<>();
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("notion-wix.db"));
        var rs = db.createStatement().executeQuery("SELECT outcome FROM sync_run ORDER BY started_at")) {
      while (rs.next()) {
        outcomes.add(rs.getString(1));
      }
    }
    return outcomes;
  }

  /** Waits for a condition, checking every 20 ms, at most {@code limit}. */
  private static void awaitUpTo(Duration limit, BooleanSupplier condition) {
    Instant end = Instant.now().plus(limit);
    while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
