package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SYNC_AUTO_ROLLBACK}: a run that fails after some of its writes landed is undone at once, and its report
 * says so; without the setting the partial writes stay.
 */
class AutoRollbackIT {

  @TempDir Path dataDir;

  @Test
  void aRunThatFailsAfterWritingIsUndoneAndSaysSo() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      env.put("SYNC_AUTO_ROLLBACK", "true");
      Map<String, String> before = halfWrittenRun(sandbox, env);

      CliRun.Result bad = CliRun.run(env, dataDir, "sync");

      assertThat(bad.exitCode()).as(bad.out() + bad.err()).isNotZero();
      assertThat(bad.out()).contains("AUTO-ROLLED BACK by run").contains("the run failed after 5 write(s)");
      assertThat(titles(sandbox)).as("the five retitles are undone").isEqualTo(before);
      assertThat(CliRun.run(env, dataDir, "runs").out()).contains("rollback");
      sandbox.faults().clear();
      CliRun.Result next = CliRun.run(env, dataDir, "sync");
      assertThat(next.out()).as(next.err()).contains("updated 5, deleted 1");
    }
  }

  @Test
  void switchedOffTheWritesThatLandedStay() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      Map<String, String> before = halfWrittenRun(sandbox, env);

      CliRun.Result bad = CliRun.run(env, dataDir, "sync");

      assertThat(bad.exitCode()).isNotZero();
      assertThat(bad.out()).doesNotContain("AUTO-ROLL");
      assertThat(titles(sandbox)).isNotEqualTo(before);
    }
  }

  /** A first full sync, then five retitles and an unpublish, with Wix refusing every removal: saves land, then the run fails. */
  private Map<String, String> halfWrittenRun(Sandbox sandbox, Map<String, String> env) {
    assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
    Map<String, String> before = titles(sandbox);
    List<String> ids = List.copyOf(before.keySet());
    sandbox.notion().setStatus(ids.get(0), "Status", "Draft");
    for (String id : ids.subList(1, 6)) {
      sandbox.notion().setTitle(id, "Retitled " + id.substring(0, 4));
    }
    sandbox.faults().failNext("wix", "/wix-data/v2/bulk/items/remove", 400, 100);
    return before;
  }

  private static Map<String, String> titles(Sandbox sandbox) {
    Map<String, String> titles = new TreeMap<>();
    sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId"))
        .forEach(i -> titles.put(i.path("_id").asString(), i.path("title").asString()));
    return titles;
  }
}
