package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Property values beyond the reference page: empty forms, ranges, transforms, files, people, unknown types. */
class PropertyValuesTest {

  private static final String NOTION_URL = "https://www.notion.so/2a7104cd477e8123b1aaf00d00000001";

  private static MappedItem map(String type, String valueJson, Transform transform) {
    JsonNode property = NotionJson.parse("{\"id\":\"p1\",\"type\":\"" + type + "\",\"" + type + "\":" + valueJson + "}");
    return mapProperty(property, transform);
  }

  private static MappedItem mapProperty(JsonNode property, Transform transform) {
    FieldRule rule = new FieldRule("value", FieldSource.PROPERTY, "p1", "Value", property.path("type").asString(),
        transform, null, false, null, 0);
    FieldMapping mapping = new FieldMapping("ds", "c", List.of(rule), new PublishRule(null));
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    properties.put("Value", property);
    NotionPage page = new NotionPage("2A7104CD477E8123B1AAF00D00000001", Instant.EPOCH, Instant.EPOCH, false, NOTION_URL,
        null, null, null, properties);
    return new PageMapper().map(page, List.of(), MappingContext.of(mapping));
  }

  @Test
  void emptyFormsOfEveryTypeFromTheSecondReferencePage() {
    NotionPage empty = NotionJson.referencePages().get(1);
    FieldMapping mapping = DefaultMapping.of(NotionJson.referenceDataSource(), "c");
    MappedItem item = new PageMapper().map(empty, List.of(), MappingContext.of(mapping));
    assertThat(item.data().get("readingTime")).isNull();
    assertThat(item.data().get("category")).isNull();
    assertThat(item.data().get("tags")).isEqualTo(List.of());
    assertThat(item.data().get("publishDate")).isNull();
    assertThat(item.data().get("featured")).isEqualTo(false);
    assertThat(item.data().get("content")).isEqualTo(Map.of("nodes", List.of(), "metadata", Map.of("version", 1)));
    assertThat(item.data().get("excerpt")).isEqualTo("");
  }

  @Test
  void datesRangesAndDateOnly() {
    Map<String, Object> data = map("date", "{\"start\":\"2026-09-15\",\"end\":\"2026-09-17\"}", Transform.AUTO).data();
    assertThat(data).containsEntry("value", "2026-09-15").containsEntry("valueStart", "2026-09-15")
        .containsEntry("valueEnd", "2026-09-17");
    assertThat(map("date", "{\"start\":\"2026-09-15T23:30:00.000-05:00\"}", Transform.AUTO).data().get("value"))
        .isEqualTo(Map.of("$date", "2026-09-16T04:30:00.000Z"));
    assertThat(map("date", "{\"start\":\"2026-09-15T23:30:00.000-05:00\"}", Transform.DATE_ONLY).data().get("value"))
        .as("date-only keeps the editor's local date").isEqualTo("2026-09-15");
    assertThat(map("date", "{\"start\":\"garbage\"}", Transform.AUTO).data().get("value")).isEqualTo("garbage");
  }

  @Test
  void textTransformsAndHtml() {
    String rich = "[{\"type\":\"text\",\"plain_text\":\"Hello \",\"annotations\":{}},"
        + "{\"type\":\"text\",\"plain_text\":\"World\",\"annotations\":{\"bold\":true}}]";
    assertThat(map("rich_text", rich, Transform.AUTO).data().get("value")).isEqualTo("Hello World");
    assertThat(map("rich_text", rich, Transform.HTML).data().get("value")).isEqualTo("<p>Hello <strong>World</strong></p>");
    assertThat(map("rich_text", rich, Transform.LOWERCASE).data().get("value")).isEqualTo("hello world");
    assertThat(map("rich_text", rich, Transform.SLUG).data().get("value")).isEqualTo("hello-world");
    assertThat(map("multi_select", "[{\"name\":\"A\"},{\"name\":\"B\"}]", Transform.UPPERCASE).data().get("value"))
        .isEqualTo(List.of("A", "B"));
    assertThat(map("rich_text", rich, Transform.RICOS).data().get("value")).asString().contains("BOLD");
  }

  @Test
  void filesPeopleNumbersAndUnknownTypes() {
    MappedItem files = map("files", """
        [{"name":"doc.pdf","type":"external","external":{"url":"https://x.example/doc.pdf"}},
         {"name":"a.png","type":"file","file":{"url":"https://prod-files-secure.s3.amazonaws.com/w/a.png?X-Amz-Signature=1"}},
         {"name":"b","type":"external","external":{"url":"https://x.example/b.JPG"}}]""", Transform.AUTO);
    assertThat(files.data().get("value")).isEqualTo(MediaPlaceholder.of("prod-files-secure.s3.amazonaws.com/w/a.png"));
    assertThat((List<?>) files.data().get("valueGallery")).hasSize(2);
    assertThat(files.warnings()).extracting(ConversionWarning::code).containsExactly("FILE_NOT_IN_GALLERY");
    assertThat(files.media()).extracting(MediaRef::role).containsExactly("property:value", "property:valueGallery");
    assertThat(map("people", "[{\"object\":\"user\",\"id\":\"u\"},{\"name\":\"Ada\"},{\"person\":{\"email\":\"g@x\"}}]",
        Transform.AUTO).data().get("value")).isEqualTo(List.of("Ada", "g@x"));
    // 2026-12-01: a person's name may be null (upgrade guide "Person names"): email, else "unknown", never null text
    assertThat(map("people", "[{\"object\":\"user\",\"id\":\"u\",\"type\":\"person\",\"name\":null,"
        + "\"person\":{\"email\":\"g@x\"}},{\"object\":\"user\",\"id\":\"v\",\"type\":\"person\",\"name\":null}]",
        Transform.AUTO).data().get("value")).isEqualTo(List.of("g@x", "unknown"));
    assertThat(map("created_by", "{\"object\":\"user\",\"id\":\"u\",\"type\":\"person\",\"name\":null}",
        Transform.AUTO).data().get("value")).isEqualTo("unknown");
    assertThat(map("number", "12", Transform.AUTO).data().get("value")).isEqualTo(12L);
    assertThat(map("number", "12.0", Transform.AUTO).data().get("value")).isEqualTo(12L);
    assertThat(map("number", "0.1", Transform.AUTO).data().get("value")).isEqualTo(0.1);
    assertThat(map("unique_id", "{\"prefix\":null,\"number\":7}", Transform.AUTO).data().get("value")).isEqualTo("7");
    MappedItem unknown = map("hologram", "{\"depth\":3}", Transform.AUTO);
    assertThat(unknown.data().get("value")).isEqualTo(Map.of("depth", 3));
    assertThat(unknown.warnings()).extracting(ConversionWarning::code).containsExactly("UNKNOWN_PROPERTY_TYPE");
    assertThat(map("checkbox", "null", Transform.AUTO).data().get("value")).isNull();
  }

  @Test
  void relationWarnsWhenTruncatedAndNormalisesIds() {
    JsonNode property = NotionJson.parse("{\"id\":\"p1\",\"type\":\"relation\",\"has_more\":true,"
        + "\"relation\":[{\"id\":\"3B8204CD477E81AA9C01000000000001\"},{\"id\":\"bad\"}]}");
    MappedItem item = mapProperty(property, Transform.AUTO);
    assertThat(item.data().get("value")).isEqualTo(List.of("3b8204cd-477e-81aa-9c01-000000000001"));
    assertThat(item.warnings()).extracting(ConversionWarning::code).containsExactly("RELATION_INCOMPLETE");
    assertThat(item.itemId()).isEqualTo("2a7104cd-477e-8123-b1aa-f00d00000001");
  }

  @Test
  void defaultsAndRequired() {
    FieldRule withDefault = new FieldRule("cat", FieldSource.PROPERTY, "p1", "Cat", "select", Transform.AUTO, null,
        false, "General", 0);
    FieldRule required = new FieldRule("must", FieldSource.PROPERTY, "missing", "Must", "select", Transform.AUTO, null,
        true, null, 0);
    FieldMapping mapping = new FieldMapping("ds", "c", List.of(withDefault, required), new PublishRule(null));
    NotionPage page = new NotionPage("2a7104cd-477e-8123-b1aa-f00d00000001", Instant.EPOCH, Instant.EPOCH, false, NOTION_URL,
        null, null, null, Map.of("Cat", NotionJson.parse("{\"id\":\"p1\",\"type\":\"select\",\"select\":null}")));
    MappedItem item = new PageMapper().map(page, List.of(), MappingContext.of(mapping));
    assertThat(item.data().get("cat")).isEqualTo("General");
    assertThat(item.warnings()).extracting(ConversionWarning::code).containsExactly("REQUIRED_EMPTY");
  }
}
