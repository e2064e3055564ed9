package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The real sync command, over real HTTP, against the sandbox seeded with the WIRED CHAOS database. */
class SyncAgainstSandboxIT {

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

  CliRun.Result sync(String... args) {
    return FastSandbox.sync(sandbox, dataDir, args);
  }

  Map<String, String> env() {
    return FastSandbox.env(sandbox);
  }

  List<ObjectNode> managedItems() {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId")).toList();
  }

  @Test
  void firstSyncCreatesEveryPublishedPageAndASecondSyncWritesNothing() {
    CliRun.Result first = sync();
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(managedItems()).hasSize(SeedContent.PUBLISHED);
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).hasSize(SeedContent.PUBLISHED + 2);
    assertThat(first.out()).contains("created " + SeedContent.PUBLISHED);

    long writesBefore = sandbox.requestLog().count("wix", "POST", "/wix-data/v2/bulk");
    CliRun.Result second = sync();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("created 0, updated 0, deleted 0, unchanged " + SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/bulk")).isEqualTo(writesBefore);
  }

  @Test
  void editsUnpublishingAndTrashingFlowThrough() {
    assertThat(sync().exitCode()).isZero();
    List<String> ids = sandbox.notion().pageIds();
    sandbox.notion().setTitle(ids.get(5), "A retitled article");
    sandbox.notion().setStatus(ids.get(6), "Status", "Draft");
    sandbox.notion().trash(ids.get(7), true);
    CliRun.Result run = sync();
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("updated 1").contains("deleted 2");
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).anySatisfy(i ->
        assertThat(i.path("title").asString()).isEqualTo("A retitled article"));
    assertThat(managedItems()).hasSize(SeedContent.PUBLISHED - 2);
  }

  @Test
  void withAnEmptyStateDirectoryAnUnchangedSiteStillGetsNoWrites(@TempDir Path freshState) {
    assertThat(sync().exitCode()).isZero();
    long writes = sandbox.requestLog().count("wix", "POST", "/wix-data/v2/bulk");
    CliRun.Result stateless = CliRun.run(env(), freshState, "sync");
    assertThat(stateless.exitCode()).isZero();
    assertThat(stateless.out()).contains("unchanged " + SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().count("wix", "POST", "/wix-data/v2/bulk")).isEqualTo(writes);
  }

  @Test
  void expiredImageUrlsAreRefreshedByRereadingTheirBlock() {
    sandbox.expireFileUrlsAtFirstImport();
    CliRun.Result run = sync();
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("images imported 21").doesNotContain("could not be re-hosted");
    assertThat(sandbox.requestLog().entries()).anySatisfy(e -> assertThat(e.path()).matches("/v1/blocks/[0-9a-f-]+"));
    assertThat(sandbox.wix().items(Sandbox.COLLECTION).toString()).doesNotContain("X-Amz-Signature");
  }

  @Test
  void eachRunWritesARunLogPageWhenALogDatabaseIsSet() {
    Map<String, String> env = env();
    // The sandbox's log database has two data sources, so a database_id parent is refused (notion.md §1.5).
    env.put("NOTION_LOG_DATABASE_ID", Sandbox.LOG_DATABASE_ID);
    assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
    assertThat(sandbox.logPages()).singleElement().satisfies(page -> {
      assertThat(page.toString()).contains("SUCCESS").contains("created " + SeedContent.PUBLISHED);
      assertThat(page.path("parent").path("data_source_id").asString())
          .isEqualTo(Sandbox.LOG_DATA_SOURCE_IDS.getFirst());
    });
  }

  @Test
  void aBadTokenIsAConfigurationErrorThatNeverPrintsTheToken() {
    Map<String, String> env = env();
    env.put("NOTION_API_TOKEN", "wrong-token-zq7x9v");
    CliRun.Result run = CliRun.run(env, dataDir, "sync");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.out() + run.err()).doesNotContain("wrong-token-zq7x9v").containsIgnoringCase("NOTION_API_TOKEN");
    assertThat(managedItems()).isEmpty();
  }
}
