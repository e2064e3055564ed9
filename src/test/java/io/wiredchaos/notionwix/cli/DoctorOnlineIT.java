package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor --online} against the sandbox: the demo's configuration passes every check; a broken set-up (a
 * renamed Notion property, a missing Wix field, a wrong token or key) names each problem and exits 2; and the
 * checks never send a write to either service.
 */
class DoctorOnlineIT {

  @TempDir Path dataDir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theDemoSetUpPassesEveryCheckAndNothingIsWritten() {
    CliRun.Result run = doctor(Map.of());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("all online checks passed")
        .contains("Notion token: valid; it belongs to the integration \"notion-wix sandbox\"")
        .contains("Mapped Wix fields: ").doesNotContain("not checked");
    assertThat(failedLines(run)).isEmpty();
    assertOnlyReads();
  }

  @Test
  void aRenamedPropertyAndAMissingWixFieldAreEachNamedWithExit2() throws Exception {
    Path mapping = Path.of(getClass().getResource("/doctor/mapping.yaml").toURI());
    sandbox.notion().renameProperty("Reading Time", "Minutes to read");
    sandbox.wix().dropField(Sandbox.COLLECTION, "featured");

    CliRun.Result run = doctor(Map.of("SYNC_MAPPING_FILE", mapping.toString()));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(failedLines(run)).hasSize(2);
    assertThat(line(run, "Mapped Notion properties")).contains("unknown property \"Reading Time\"")
        .contains("fix SYNC_MAPPING_FILE");
    assertThat(line(run, "Mapped Wix fields")).contains("missing: featured (BOOLEAN)")
        .contains("sync --create-collection");
    assertThat(line(run, "Notion token")).contains("valid");
    assertOnlyReads();
  }

  @Test
  void aWrongNotionTokenAndAWrongWixKeyAreNamedWithExit2() {
    CliRun.Result run = doctor(Map.of("NOTION_API_TOKEN", "not-the-token", "WIX_API_KEY", "not-the-key"));

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(line(run, "Notion token")).contains("Notion rejected NOTION_API_TOKEN (401)");
    assertThat(line(run, "Notion database")).contains("not checked");
    assertThat(line(run, "Wix key and site")).contains("Wix refused the key").contains("(401)");
    assertThat(run.out() + run.err()).doesNotContain("not-the-token").doesNotContain("not-the-key");
    assertOnlyReads();
  }

  @Test
  void aPublishRuleComparingToAMissingOptionIsNamed() {
    sandbox.notion().renameStatusOption("Status", "Published", "Live");
    CliRun.Result run = doctor(Map.of());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(line(run, "Publish rule")).contains("\"Published\", which is not one of its options");
  }

  private CliRun.Result doctor(Map<String, String> overrides) {
    Map<String, String> env = new java.util.HashMap<>(FastSandbox.env(sandbox));
    env.putAll(overrides);
    return CliRun.run(env, dataDir, "doctor", "--online");
  }

  private void assertOnlyReads() {
    assertThat(sandbox.requestLog().entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.method()).as(e.side() + " " + e.path()).isEqualTo("GET"));
  }

  /** Lines of failed online checks, whichever mark the output's encoding allows. */
  private static List<String> failedLines(CliRun.Result run) {
    return run.out().lines().filter(l -> l.startsWith("  ✗ ") || l.startsWith("  FAIL ")).toList();
  }

  private static String line(CliRun.Result run, String subject) {
    return run.out().lines().filter(l -> l.contains(" " + subject + ": ")).findFirst().orElse("(no line for "
        + subject + " in:\n" + run.out() + ")");
  }
}
