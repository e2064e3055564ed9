package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.WixData;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A re-hosted file deleted in the Wix Media Manager after a sync. The media cache is checked in one batched Get
 * File Descriptors request before an item showing cached media is written (an edited page) and on {@code --full};
 * the dead file is imported again and every item that showed it points at the live one. A run with nothing to
 * write makes no media request.
 */
class DeletedMediaIT {

  private static final String GET_FILES = "/site-media/v1/files/get-files";
  private static final Pattern FILE_ID = Pattern.compile("sbx_[0-9a-f]{24}~mv2\\.png");

  @TempDir Path dataDir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
    CliRun.Result first = sync();
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  CliRun.Result sync(String... args) {
    return FastSandbox.sync(sandbox, dataDir, args);
  }

  List<ObjectNode> managed() {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId")).toList();
  }

  /** A file some item shows, and that item. */
  ObjectNode itemShowingMedia() {
    return managed().stream().filter(i -> FILE_ID.matcher(i.toString()).find()).findFirst().orElseThrow();
  }

  static String firstFile(ObjectNode item) {
    Matcher m = FILE_ID.matcher(item.toString());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  /** Every item points only at files the Media Manager still has (outside its trash). */
  void assertEveryItemShowsLiveMedia() {
    WixData wix = sandbox.wix();
    Set<String> live = wix.liveMediaIds();
    for (ObjectNode item : managed()) {
      Matcher m = FILE_ID.matcher(item.toString());
      while (m.find()) {
        assertThat(live).as("item " + item.path("_id").asString()).contains(m.group());
      }
    }
  }

  long showing(String fileId) {
    return managed().stream().filter(i -> i.toString().contains(fileId)).count();
  }

  @Test
  void aFullRunReimportsAFileDeletedInTheMediaManagerAndRewritesTheItemsThatShowedIt() {
    String dead = firstFile(itemShowingMedia());
    long affected = showing(dead);
    sandbox.deleteMediaFile(dead, false);

    sandbox.requestLog().clear();
    CliRun.Result quiet = sync();
    assertThat(quiet.exitCode()).as(quiet.out() + quiet.err()).isZero();
    assertThat(quiet.out()).contains("created 0, updated 0, deleted 0");
    assertThat(sandbox.requestLog().count("wix", "POST", GET_FILES)).as("no-change run: no media request").isZero();

    sandbox.requestLog().clear();
    CliRun.Result full = sync("--full");
    assertThat(full.exitCode()).as(full.out() + full.err()).isZero();
    assertThat(full.out()).contains("updated " + affected).contains("images imported 1");
    assertThat(sandbox.requestLog().count("wix", "POST", GET_FILES)).as("one batched check").isEqualTo(1);
    assertThat(sandbox.requestLog().count("wix", "GET", "/site-media/v1/files/get-file-by-id")).isLessThanOrEqualTo(1);
    assertThat(showing(dead)).isZero();
    assertEveryItemShowsLiveMedia();

    CliRun.Result after = sync("--full");
    assertThat(after.out()).contains("created 0, updated 0, deleted 0").contains("images imported 0");
  }

  @Test
  void anEditedPageWhoseCachedFileWasPurgedIsWrittenWithAFreshImport() {
    ObjectNode item = itemShowingMedia();
    String dead = firstFile(item);
    sandbox.deleteMediaFile(dead, true);
    sandbox.notion().appendParagraph(item.path("notionPageId").asString(), "A late addition.");

    sandbox.requestLog().clear();
    CliRun.Result run = sync();
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("updated 1").contains("images imported 1");
    assertThat(sandbox.requestLog().count("wix", "POST", GET_FILES)).isEqualTo(1);
    ObjectNode written = sandbox.wix().items(Sandbox.COLLECTION).stream()
        .filter(i -> i.path("_id").equals(item.path("_id"))).findFirst().orElseThrow();
    assertThat(written.toString()).doesNotContain(dead).contains("A late addition.");
    assertThat(sandbox.wix().liveMediaIds()).contains(firstFile(written));
  }
}
