package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented first run on a site that has no collection yet (README, "First run"): Wix answers 404 WDE0025
 * (wix.md §4.2) to every call about it, the sync stops with exit 2 naming the collection and the flag, and
 * {@code --create-collection} creates it and writes the items.
 */
class FirstRunIT {

  @TempDir Path dataDir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
    sandbox.withoutCollection();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aMissingCollectionStopsWithExit2NamingTheCollectionAndTheFlag() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir);
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.out() + run.err()).contains("\"" + Sandbox.COLLECTION + "\"").contains("does not exist")
        .contains("--create-collection");
    assertThat(sandbox.requestLog().side("wix")).noneSatisfy(e -> assertThat(e.method()).isNotEqualTo("GET"));
    assertThat(sandbox.wix().collectionIds()).doesNotContain(Sandbox.COLLECTION);
  }

  @Test
  void aDryRunDoesNotCreateTheCollection() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir, "--dry-run", "--create-collection");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.out() + run.err()).contains("--dry-run");
    assertThat(sandbox.wix().collectionIds()).doesNotContain(Sandbox.COLLECTION);
  }

  @Test
  void withCreateCollectionTheCollectionIsCreatedAndTheItemsWritten() {
    CliRun.Result run = FastSandbox.sync(sandbox, dataDir, "--create-collection");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("created " + SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/collections")).isEqualTo(1);
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION))
        .containsEntry("title", "TEXT").containsEntry("content", "RICH_CONTENT")
        .containsEntry("notionPageId", "TEXT").containsEntry("syncHash", "TEXT");
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).hasSize(SeedContent.PUBLISHED);

    CliRun.Result second = FastSandbox.sync(sandbox, dataDir);
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("created 0, updated 0, deleted 0, unchanged " + SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/collections")).isEqualTo(1);
  }
}
