package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingFileTest {

  private static final NotionDataSource SCHEMA = NotionJson.referenceDataSource();
  private static final Map<String, String> BOOKKEEPING = Map.of("notionPageId", "TEXT", "notionUrl", "URL",
      "notionLastEdited", "DATETIME", "syncHash", "TEXT");

  private static String file(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/mapping/files", name));
  }

  private static CollectionSchema collection(Map<String, String> fields) {
    java.util.Map<String, String> all = new java.util.HashMap<>(BOOKKEEPING);
    all.putAll(fields);
    return new CollectionSchema("BlogPosts", all);
  }

  @Test
  void validFileResolvesPropertiesToIdsAndTransforms() throws IOException {
    MappingFile.Loaded loaded = MappingFile.load(file("valid.yaml"), "valid.yaml", List.of(SCHEMA), List.of());
    assertThat(loaded.problems()).isEmpty();
    FieldMapping mapping = loaded.mappings().getFirst();
    assertThat(mapping.collectionId()).isEqualTo("BlogPosts");
    Map<String, FieldRule> byKey = new java.util.HashMap<>();
    mapping.fields().forEach(f -> byKey.put(f.key(), f));
    assertThat(byKey.get("title").propertyId()).isEqualTo("title");
    assertThat(byKey.get("publishDate").propertyId()).isEqualTo("d%3Bte");
    assertThat(byKey.get("publishDate").propertyName()).isEqualTo("Publish date");
    assertThat(byKey.get("publishDate").transform()).isEqualTo(Transform.DATE_ONLY);
    assertThat(byKey.get("publishDate").required()).isTrue();
    assertThat(byKey.get("summary").transform()).isEqualTo(Transform.HTML);
    assertThat(byKey.get("body").transform()).isEqualTo(Transform.RICOS);
    assertThat(byKey.get("bodyHtml").transform()).isEqualTo(Transform.HTML);
    assertThat(byKey.get("gallery").transform()).isEqualTo(Transform.GALLERY);
    assertThat(byKey.get("tags").defaultValue()).isEqualTo(List.of());
    assertThat(mapping.publish().queryFilter().toString()).contains("\"and\"").contains("Featured");
  }

  @Test
  void mappedPageFollowsTheFile() throws IOException {
    FieldMapping mapping = MappingFile.load(file("valid.yaml"), "valid.yaml", List.of(SCHEMA), List.of())
        .mappings().getFirst();
    MappedItem item = new PageMapper().map(NotionJson.referencePages().getFirst(), NotionJson.referenceBody(),
        MappingContext.of(mapping));
    assertThat(item.data().get("publishDate")).isEqualTo("2026-09-15");
    assertThat(item.data().get("slug")).isEqualTo("syncing-notion-to-wix");
    assertThat((String) item.data().get("summary")).startsWith("<p>How we mirror ");
    assertThat((String) item.data().get("bodyHtml")).startsWith("<h1>Why we mirror Notion into Wix</h1>");
    assertThat(item.data().get("hero")).asString().startsWith(MediaPlaceholder.PREFIX);
    assertThat(item.data()).containsKeys("body", "gallery", "cover", "notionPageId", "syncHash")
        .doesNotContainKeys("content", "excerpt");
    assertThat(mapping.publish().test(NotionJson.referencePages().getFirst())).isTrue();
  }

  @Test
  void reportsAllProblemsAtOnceWithLinesAndHints() throws IOException {
    MappingFile.Loaded loaded = MappingFile.load(file("broken.yaml"), "broken.yaml", List.of(SCHEMA),
        List.of(collection(Map.of("title", "TEXT", "publishDate", "TEXT", "summary", "TEXT", "tags", "ARRAY_STRING",
            "featured", "BOOLEAN", "readingTime", "NUMBER", "status", "TEXT"))));
    List<String> messages = loaded.problems().stream().map(MappingProblem::toString).toList();
    assertThat(loaded.ok()).isFalse();
    assertThat(messages).contains(
        "broken.yaml:6:17: unknown property \"Sttus\" in publish filter, did you mean \"Status\"?",
        "broken.yaml:10:27: unknown property \"Sttus\", did you mean \"Status\"?",
        "broken.yaml:11:7: field publishDate is TEXT in Wix but DATE in Notion, add \"transform: date-only\" or change the Wix field type",
        "broken.yaml:12:37: unknown field option \"transfrom\", did you mean \"transform\"?",
        "broken.yaml:13:42: unknown transform \"lowercse\", did you mean \"lowercase\"?",
        "broken.yaml:14:45: unknown Wix field type \"BOOLEN\", did you mean \"BOOLEAN\"?",
        "broken.yaml:15:7: field notionPageId is written by the sync itself, remove it from the mapping file");
    assertThat(messages).hasSize(7);
  }

  @Test
  void malformedYamlIsAProblemWithLineAndColumnNotAnException() {
    MappingFile.Loaded loaded = MappingFile.load("mappings:\n  - dataSource: x\n    fields: [a, b\n", "bad.yaml",
        List.of(SCHEMA), List.of());
    assertThat(loaded.problems()).hasSize(1);
    MappingProblem problem = loaded.problems().getFirst();
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.toString()).isEqualTo(
        "bad.yaml:4:1: malformed YAML: expected ',' or ']', but got <stream end>, while parsing a flow sequence");
  }

  @Test
  void structuralProblems() {
    assertThat(MappingFile.load("", "e.yaml", List.of(SCHEMA), List.of()).problems().getFirst().message())
        .isEqualTo("the mapping file is empty");
    List<MappingProblem> problems = MappingFile.load("""
        mapings: []
        mappings:
          - dataSource: nope
            collection: X
          - dataSource: Blog posts
        """, "s.yaml", List.of(SCHEMA), List.of()).problems();
    assertThat(problems).extracting(MappingProblem::toString).containsExactly(
        "s.yaml:1:1: unknown top-level key \"mapings\", did you mean \"mappings\"?",
        "s.yaml:3:17: unknown data source \"nope\"",
        "s.yaml:5:5: mapping of Blog posts has no collection, add \"collection: <Wix collection id>\"");
  }

  @Test
  void wixCollectionChecksMissingFieldsAndBookkeeping() throws IOException {
    List<String> messages = MappingFile.load(file("valid.yaml"), "valid.yaml", List.of(SCHEMA),
        List.of(new CollectionSchema("BlogPosts", Map.of("title", "TEXT")))).problems().stream()
        .map(MappingProblem::toString).toList();
    assertThat(messages).contains(
        "valid.yaml:18:7: field publishDate does not exist in Wix collection BlogPosts, add it as DATE or run sync with --create-collection",
        "valid.yaml: Wix collection BlogPosts has no field syncHash, add it as TEXT (the sync stores its bookkeeping there)");
  }
}
