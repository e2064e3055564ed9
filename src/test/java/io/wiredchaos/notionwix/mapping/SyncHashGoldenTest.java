package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pins the {@code syncHash} bytes. Items already on Wix carry these hashes; if a change of the hash code alters
 * them, every item is rewritten once on the next run. So a change here must be deliberate: regenerate with
 * {@code -Dgolden.update=true} only when the mapped content itself is meant to change, and say so.
 * <p>
 * Cases: every reference page with the reference body; the first reference page with each golden body
 * ({@code golden/notion-to-ricos}); the same under the mapping file (HTML and plain-text fields); an oversized
 * body (truncation path).
 */
class SyncHashGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/sync-hash.txt");
  private static final Path BODIES = Path.of("src/test/resources/golden/notion-to-ricos");

  @Test
  void hashesAreStable() throws IOException {
    String actual = String.join("\n", hashes()) + "\n";
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, actual);
      assertThat(Boolean.getBoolean("golden.update")).as("golden file was missing and has been written").isTrue();
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN));
  }

  private static List<String> hashes() throws IOException {
    FieldMapping defaults = DefaultMapping.of(NotionJson.referenceDataSource(), "NotionPages");
    FieldMapping file = MappingFile.load(Files.readString(Path.of("src/test/resources/mapping/files/valid.yaml")),
        "valid.yaml", List.of(NotionJson.referenceDataSource()), List.of()).mappings().getFirst();
    List<NotionPage> pages = NotionJson.referencePages();
    PageMapper mapper = new PageMapper();
    List<String> lines = new ArrayList<>();
    for (NotionPage page : pages) {
      lines.add("reference-body " + page.id() + " "
          + mapper.map(page, NotionJson.referenceBody(), MappingContext.of(defaults)).syncHash());
    }
    List<Path> inputs;
    try (Stream<Path> files = Files.list(BODIES)) {
      inputs = files.filter(p -> p.toString().endsWith(".notion.json")).sorted().toList();
    }
    for (Path input : inputs) {
      JsonNode raw = NotionJson.read(input);
      Map<String, String> synced = new LinkedHashMap<>();
      raw.path("syncedPages").properties().forEach(e -> synced.put(e.getKey(), e.getValue().asString()));
      List<NotionBlock> blocks = NotionJson.blocks(raw.path("blocks"));
      String name = input.getFileName().toString().replace(".notion.json", "");
      for (FieldMapping mapping : List.of(defaults, file)) {
        MappingContext ctx = new MappingContext(mapping, id -> Optional.ofNullable(synced.get(id)), null, null);
        lines.add(name + " " + mapping.collectionId() + " " + mapper.map(pages.getFirst(), blocks, ctx).syncHash());
      }
    }
    lines.add("oversized " + mapper.map(pages.getFirst(), oversized(), MappingContext.of(defaults)).syncHash());
    return lines;
  }

  private static List<NotionBlock> oversized() {
    List<NotionBlock> body = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      body.add(new NotionBlock(String.format("%032x", i), "paragraph", false,
          NotionJson.parse("{\"rich_text\":[{\"plain_text\":\"" + ("é" + i).repeat(60) + "\"}]}"), List.of()));
    }
    return body;
  }
}
