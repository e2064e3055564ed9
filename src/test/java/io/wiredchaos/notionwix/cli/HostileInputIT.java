package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odd but legal editor input of issue #11, end to end through the sandbox (whose Wix side validates like Wix):
 * every title reaches the site exactly as typed, slugs stay clean and unique, long runs survive whole.
 */
class HostileInputIT {

  static final String EMOJI = "Launch 🚀 night 👩‍💻 with 🇫🇷 flags";
  static final String RTL = "مرحبا بالعالم — שלום עולם";
  static final String ZERO_WIDTH = "Zero\u200Bwidth\u200Cjoin\u200Dtext\uFEFF";
  static final String CONTROL = "Bell\u0007 and\u0001 escape\u001B[31m red";
  static final String DUPLICATE = "Same title twice";

  @TempDir Path dataDir;

  @Test
  void oddTitlesLongRunsAndDuplicateSlugsSyncWithoutLoss() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      List<String> ids = sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId"))
          .map(i -> i.path("notionPageId").asString()).sorted().toList();
      List<String> titles = List.of(EMOJI, RTL, ZERO_WIDTH, CONTROL, DUPLICATE, DUPLICATE);
      for (int i = 0; i < titles.size(); i++) {
        sandbox.notion().setTitle(ids.get(i), titles.get(i));
      }
      String longRun = "A run of exactly two thousand characters. ".repeat(48).substring(0, 2000);
      sandbox.notion().appendParagraph(ids.get(6), longRun);

      CliRun.Result run = CliRun.run(env, dataDir, "sync");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      Map<String, ObjectNode> items = sandbox.wix().items(Sandbox.COLLECTION).stream()
          .filter(i -> i.has("notionPageId"))
          .collect(Collectors.toMap(i -> i.path("notionPageId").asString(), i -> i));
      assertThat(items).hasSize(SeedContent.PUBLISHED);
      for (int i = 0; i < titles.size(); i++) {
        assertThat(items.get(ids.get(i)).path("title").asString()).isEqualTo(titles.get(i));
      }
      List<String> slugs = items.values().stream().map(i -> i.path("slug").asString()).toList();
      assertThat(slugs).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
      assertThat(items.get(ids.get(0)).path("slug").asString()).isEqualTo("launch-night-with-flags");
      assertThat(items.get(ids.get(6)).path("content").toString()).contains(longRun);
      assertThat(CliRun.run(env, dataDir, "sync").out()).contains("created 0, updated 0, deleted 0");
    }
  }

  @Test
  void aPageOfTwentyThousandBlocksIsReadWholeAndCutVisiblyUnderWixsItemLimit() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ZERO, Duration.ZERO))) {
      Map<String, String> env = FastSandbox.env(sandbox);
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      String page = sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId"))
          .findFirst().orElseThrow().path("notionPageId").asString();
      for (int i = 0; i < 20_000; i++) {
        sandbox.notion().appendParagraph(page, "Paragraph " + i + " of a page that never ends.");
      }
      long listsBefore = sandbox.requestLog().count("notion", "GET", "/v1/blocks");

      CliRun.Result run = CliRun.run(env, dataDir, "sync");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("CONTENT_TRUNCATED").contains("updated 1");
      assertThat(sandbox.requestLog().count("notion", "GET", "/v1/blocks") - listsBefore)
          .as("every block read, 100 per request").isGreaterThanOrEqualTo(200);
      ObjectNode item = sandbox.wix().items(Sandbox.COLLECTION).stream()
          .filter(i -> i.path("notionPageId").asString().equals(page)).findFirst().orElseThrow();
      assertThat(item.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(500_000);
      assertThat(item.path("content").toString()).contains("Paragraph 0 of a page");
    }
  }
}
