package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.NotionJson;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden pairs in {@code src/test/resources/golden/notion-to-ricos}: {@code NAME.notion.json}
 * ({@code {pageId, syncedPages:{id:url}, pageTitles:{id:title}?, blocks:[raw blocks with inline children]}}) → {@code NAME.ricos.json}
 * (the document), {@code NAME.html} (RICH_TEXT) and {@code NAME.warnings.txt} (warnings and media refs).
 * Every document must pass {@link RicosValidator}. Regenerate with {@code -Dgolden.update=true}, then review
 * the diff before committing.
 */
class GoldenTest {

  static final Path DIR = Path.of("src/test/resources/golden/notion-to-ricos");
  private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @TestFactory
  Stream<DynamicTest> goldens() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".notion.json")).sorted().toList();
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(1);
    return inputs.stream().map(input -> DynamicTest.dynamicTest(name(input), () -> check(input)));
  }

  private static void check(Path input) throws IOException {
    JsonNode raw = NotionJson.read(input);
    RicosBody body = convert(raw);
    assertThat(RicosValidator.violations(body.document())).as("Ricos rules").isEmpty();
    String base = name(input);
    compare(DIR.resolve(base + ".ricos.json"), PRETTY.writeValueAsString(body.document()) + "\n");
    compare(DIR.resolve(base + ".html"), body.html() + "\n");
    compare(DIR.resolve(base + ".warnings.txt"), report(body));
    assertThat(PRETTY.writeValueAsString(convert(raw).document()))
        .as("second conversion is byte-identical").isEqualTo(PRETTY.writeValueAsString(body.document()));
  }

  static RicosBody convert(JsonNode raw) {
    Map<String, String> synced = new LinkedHashMap<>();
    raw.path("syncedPages").properties().forEach(e -> synced.put(e.getKey(), e.getValue().asString()));
    Map<String, String> titles = new LinkedHashMap<>();
    raw.path("pageTitles").properties().forEach(e -> titles.put(e.getKey(), e.getValue().asString()));
    List<NotionBlock> blocks = NotionJson.blocks(raw.path("blocks"));
    return new BodyConverter().convert(raw.path("pageId").asString("00000000-0000-0000-0000-000000000000"), blocks,
        id -> Optional.ofNullable(synced.get(id)), id -> Optional.ofNullable(titles.get(id)));
  }

  private static String report(RicosBody body) {
    List<String> lines = new ArrayList<>();
    body.warnings().forEach(w -> lines.add("warning " + w.code() + " " + w.blockId() + ": " + w.message()));
    body.media().forEach(m -> lines.add("media " + m.role() + " " + m.blockId() + " " + m.sourceKey()));
    return String.join("\n", lines) + "\n";
  }

  private static void compare(Path expected, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      Files.writeString(expected, actual);
      if (!Boolean.getBoolean("golden.update")) {
        throw new AssertionError("golden file was missing and has been written; review it: " + expected);
      }
      return;
    }
    assertThat(actual).as(expected.getFileName().toString()).isEqualTo(Files.readString(expected));
  }

  private static String name(Path input) {
    String file = input.getFileName().toString();
    return file.substring(0, file.length() - ".notion.json".length());
  }
}
