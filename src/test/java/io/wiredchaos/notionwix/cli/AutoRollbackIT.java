package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** {@code SYNC_AUTO_ROLLBACK}: a run whose writes mostly fail is undone at once, and its report says so. */
class AutoRollbackIT {

  @TempDir Path dataDir;

  @Test
  void aRunOverTheFailureThresholdIsUndoneAndSaysSo() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      env.put("SYNC_AUTO_ROLLBACK", "true");
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      List<String> ids = ourIds(sandbox);
      sandbox.notion().setStatus(ids.get(0), "Status", "Draft"); // a delete that will succeed
      for (String id : ids.subList(1, 6)) {
        sandbox.notion().setTitle(id, "Retitled " + id.substring(0, 4)); // updates that will all fail
      }
      sandbox.faults().failNext("wix", "/wix-data/v2/bulk/items/save", 400, 100);

      CliRun.Result bad = CliRun.run(env, dataDir, "sync");

      assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(ExitCode.PARTIAL);
      assertThat(bad.out()).contains("AUTO-ROLLED BACK by run").contains("over the 20% threshold");
      assertThat(ourIds(sandbox)).as("the deleted item is back").contains(ids.get(0))
          .hasSize(SeedContent.PUBLISHED);
      CliRun.Result runs = CliRun.run(env, dataDir, "runs");
      assertThat(runs.out()).contains("rollback").contains("auto-rollback");
    }
  }

  @Test
  void belowTheThresholdOrSwitchedOffNothingIsUndone() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      List<String> ids = ourIds(sandbox);
      sandbox.notion().setStatus(ids.get(0), "Status", "Draft");
      sandbox.notion().setTitle(ids.get(1), "Retitled");
      sandbox.faults().failNext("wix", "/wix-data/v2/bulk/items/save", 400, 100);

      CliRun.Result bad = CliRun.run(env, dataDir, "sync"); // SYNC_AUTO_ROLLBACK not set: off

      assertThat(bad.exitCode()).isEqualTo(ExitCode.PARTIAL);
      assertThat(bad.out()).doesNotContain("AUTO-ROLL");
      assertThat(ourIds(sandbox)).doesNotContain(ids.get(0));
    }
  }

  private static List<String> ourIds(Sandbox sandbox) {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId"))
        .map((ObjectNode i) -> i.path("_id").asString()).sorted().toList();
  }
}
