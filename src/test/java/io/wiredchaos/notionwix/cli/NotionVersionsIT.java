package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sync on each supported Notion-Version (docs/notion-versions.md), whatever {@code -Dnotion.version} the rest
 * of the suite runs on: first sync with every mapped field filled, a no-change rerun with zero writes, an edit, an
 * unpublish and a trash, a person without a name, a status group rule; and a site synced on the oldest version that
 * stays untouched when the newest one is switched on.
 */
class NotionVersionsIT {

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

  CliRun.Result sync(String version, String... extra) {
    Map<String, String> env = FastSandbox.env(sandbox);
    env.put("NOTION_VERSION", version);
    for (int i = 0; i + 1 < extra.length; i += 2) {
      env.put(extra[i], extra[i + 1]);
    }
    return CliRun.run(env, dataDir, "sync");
  }

  List<ObjectNode> managedItems() {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId")).toList();
  }

  long wixWrites() {
    return sandbox.requestLog().count("wix", "POST", "/wix-data/v2/bulk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-03", "2026-03-11", "2026-12-01"})
  void syncsEditsUnpublishesAndTrashesOnEachVersion(String version) {
    CliRun.Result first = sync(version);
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(managedItems()).hasSize(SeedContent.PUBLISHED).allSatisfy(item -> {
      assertThat(item.path("status").asString()).isEqualTo("Published");
      assertThat(item.path("author").isArray() && !item.path("author").isEmpty()).as("author of " + item).isTrue();
      assertThat(item.path("tags").isEmpty()).as("tags").isFalse();
    });

    long writes = wixWrites();
    CliRun.Result again = sync(version);
    assertThat(again.out()).contains("created 0, updated 0, deleted 0, unchanged " + SeedContent.PUBLISHED);
    assertThat(wixWrites()).isEqualTo(writes);

    List<String> ids = sandbox.notion().pageIds();
    sandbox.notion().setTitle(ids.get(5), "A retitled article");
    sandbox.notion().setPersonName(ids.get(8), "Author", null, null);
    sandbox.notion().setStatus(ids.get(6), "Status", "Draft");
    sandbox.notion().trash(ids.get(7), true);
    CliRun.Result edited = sync(version);
    assertThat(edited.exitCode()).as(edited.out() + edited.err()).isZero();
    assertThat(edited.out()).contains("updated 2").contains("deleted 2");
    assertThat(managedItems()).hasSize(SeedContent.PUBLISHED - 2)
        .anySatisfy(i -> assertThat(i.path("title").asString()).isEqualTo("A retitled article"))
        .anySatisfy(i -> assertThat(i.path("author").toString()).isEqualTo("[\"unknown\"]"));
    assertThat(sandbox.wix().items(Sandbox.COLLECTION).toString()).doesNotContain("\"null\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-03", "2026-03-11", "2026-12-01"})
  void aStatusGroupRulePublishesEveryOptionOfTheGroup(String version) throws IOException {
    List<String> ids = sandbox.notion().pageIds();
    sandbox.notion().setStatus(ids.get(36), "Status", "Archived"); // Complete = Published + Archived (seed schema)
    sandbox.notion().setStatus(ids.get(37), "Status", "Archived");
    // "equals: Complete" names a group, not an option: 2026-12-01 would match nothing, so the rule says "group"
    for (String condition : List.of("{ group: { equals: Complete } }", "{ equals: Complete }")) {
      Path mapping = dataDir.resolve("mapping.yaml");
      Files.writeString(mapping, """
          version: 1
          mappings:
            - dataSource: %s
              collection: %s
              publish:
                property: Status
                status: %s
              defaults: true
          """.formatted(SeedContent.DATA_SOURCE_ID, Sandbox.COLLECTION, condition));
      CliRun.Result run = sync(version, "SYNC_MAPPING_FILE", mapping.toString());
      assertThat(run.exitCode()).as(condition + ": " + run.out() + run.err()).isZero();
      assertThat(managedItems()).as(condition).hasSize(SeedContent.PUBLISHED + 2);
    }
  }

  @Test
  void aSiteInSyncOnTheOldestVersionGetsNoWritesOnTheNewest() {
    assertThat(sync("2025-09-03").exitCode()).isZero();
    long writes = wixWrites();
    CliRun.Result upgraded = sync("2026-12-01");
    assertThat(upgraded.exitCode()).as(upgraded.out() + upgraded.err()).isZero();
    assertThat(upgraded.out()).contains("created 0, updated 0, deleted 0, unchanged " + SeedContent.PUBLISHED);
    assertThat(wixWrites()).isEqualTo(writes);
  }

  @Test
  void anUnsupportedVersionIsAConfigurationErrorListingTheSupportedOnes() {
    CliRun.Result run = sync("2022-06-28");
    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("NOTION_VERSION").contains("2025-09-03, 2026-03-11, 2026-12-01");
    assertThat(sandbox.requestLog().entries()).isEmpty();
  }
}
