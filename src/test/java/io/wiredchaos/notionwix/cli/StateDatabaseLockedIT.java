package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11: a state DB another process holds locked is a clear error, and nothing is written to Wix. */
class StateDatabaseLockedIT {

  @TempDir Path dataDir;

  @Test
  void aLockedStateDatabaseFailsClearlyBeforeAnyWixWrite() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      String published = sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId"))
          .findFirst().orElseThrow().path("notionPageId").asString();
      sandbox.notion().setTitle(published, "Changed while the DB is locked");
      long writesBefore = wixWrites(sandbox);
      try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("notion-wix.db"))) {
        holder.createStatement().execute("BEGIN EXCLUSIVE");

        CliRun.Result run = CliRun.run(env, dataDir, "sync");

        assertThat(run.exitCode()).as(run.out() + run.err()).isNotZero();
        assertThat(run.out() + run.err()).containsIgnoringCase("state database").containsIgnoringCase("locked");
        assertThat(wixWrites(sandbox)).isEqualTo(writesBefore);
        holder.createStatement().execute("ROLLBACK");
      }
      CliRun.Result after = CliRun.run(env, dataDir, "sync");
      assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
      assertThat(after.out()).contains("updated 1");
    }
  }

  private static long wixWrites(Sandbox sandbox) {
    return sandbox.requestLog().entries().stream().filter(e -> e.side().equals("wix") && e.method().equals("POST")
        && !e.path().endsWith("/query")).count();
  }
}
