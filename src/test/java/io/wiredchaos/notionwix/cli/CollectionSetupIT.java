package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing collection that lacks mapped fields (README, "First run"): the sync names them and stops (exit 2);
 * a dry run with {@code --create-collection} lists them and adds nothing; {@code --create-collection} adds exactly
 * those through create-field (wix.md §3.1), leaves every other field as it was, and writes the items.
 */
class CollectionSetupIT {

  @TempDir Path dataDir;
  Sandbox sandbox;
  Map<String, String> before;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
    sandbox.wix().dropField(Sandbox.COLLECTION, "featured");
    sandbox.wix().dropField(Sandbox.COLLECTION, "readingTime");
    before = sandbox.wix().collectionFields(Sandbox.COLLECTION);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void missingFieldsAreNamedAndNothingIsWritten() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir);
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.out() + run.err()).contains("featured (BOOLEAN), readingTime (NUMBER)")
        .contains("--create-collection");
    assertThat(sandbox.requestLog().side("wix")).allSatisfy(e -> assertThat(e.method()).isEqualTo("GET"));
  }

  @Test
  void aDryRunListsTheFieldsItWouldAddAndAddsNone() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir, "--dry-run", "--create-collection");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.out() + run.err()).contains("featured (BOOLEAN), readingTime (NUMBER)").contains("--dry-run");
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).isEqualTo(before);
  }

  @Test
  void createCollectionAddsOnlyTheMissingFieldsAndTheItemsAreWritten() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir, "--create-collection");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("added 2 field(s) to the Wix collection \"NotionPages\": featured (BOOLEAN),"
        + " readingTime (NUMBER)").contains("created " + SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/collections/create-field")).isEqualTo(2);
    assertThat(sandbox.requestLog().count("wix", "PUT", "/wix-data/v2/collections")).isZero();
    Map<String, String> after = sandbox.wix().collectionFields(Sandbox.COLLECTION);
    assertThat(after).containsAllEntriesOf(before).containsEntry("featured", "BOOLEAN")
        .containsEntry("readingTime", "NUMBER").hasSize(before.size() + 2);

    CliRun.Result second = FastSandbox.sync(sandbox, dataDir, "--create-collection");
    assertThat(second.out()).contains("created 0, updated 0, deleted 0").doesNotContain("added");
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/collections/create-field")).isEqualTo(2);
  }
}
