package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;

/** Pages with random property values of every type (and wrong shapes) map without throwing, identically twice. */
class MappingPropertiesTest {

  private static final List<String> TYPES = List.of("title", "rich_text", "number", "select", "multi_select",
      "status", "date", "people", "files", "checkbox", "url", "email", "phone_number", "formula", "relation",
      "rollup", "created_time", "created_by", "last_edited_time", "last_edited_by", "unique_id", "verification",
      "button", "place", "brand_new_type");
  private static final List<String> VALUES = List.of("null", "true", "12.5", "\"text\"", "[]", "{}",
      "[{\"plain_text\":\"Crème\",\"annotations\":{\"bold\":true}}]", "{\"name\":\"Published\"}",
      "[{\"name\":\"a\"},{\"name\":null},7]", "{\"start\":\"2026-09-15T10:00:00.000+02:00\",\"end\":\"nonsense\"}",
      "{\"type\":\"number\",\"number\":3}", "{\"type\":\"array\",\"array\":[{\"type\":\"title\",\"title\":[]}]}",
      "[{\"name\":\"x.png\",\"type\":\"file\",\"file\":{\"url\":\"https://s3.example/x.png?sig=1\"}}]",
      "{\"prefix\":\"P\",\"number\":\"x\"}", "{\"lat\":\"north\"}", "[{\"id\":\"3b8204cd477e81aa9c01000000000001\"}]");

  @Property(tries = 300)
  void anyPropertyValuesMapDeterministically(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, JsonNode> schema = new LinkedHashMap<>();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      String type = TYPES.get(random.nextInt(TYPES.size()));
      String name = "Prop " + i + (random.nextBoolean() ? " Slug" : "");
      schema.put(name, NotionJson.parse("{\"id\":\"p" + i + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\"}"));
      if (random.nextInt(5) != 0) {
        values.put(name, NotionJson.parse("{\"id\":\"p" + i + "\",\"type\":\"" + type + "\",\"" + type + "\":"
            + VALUES.get(random.nextInt(VALUES.size())) + (random.nextBoolean() ? ",\"has_more\":true" : "") + "}"));
      }
    }
    schema.put("Slug", NotionJson.parse("{\"id\":\"sl\",\"name\":\"Slug\",\"type\":\"rich_text\"}"));
    NotionDataSource dataSource = new NotionDataSource("ds", "db", "Random", schema);
    FieldMapping mapping = DefaultMapping.of(dataSource, "c");
    NotionPage page = new NotionPage("2a7104cd-477e-8123-b1aa-f00d00000001", Instant.EPOCH, Instant.EPOCH, false,
        null, null, random.nextBoolean() ? NotionJson.parse("{\"type\":\"file\",\"file\":{\"url\":7}}") : null, null,
        values);
    MappedItem first = new PageMapper().map(page, null, MappingContext.of(mapping));
    MappedItem second = new PageMapper().map(page, null, MappingContext.of(mapping));
    assertThat(SyncHash.canonicalJson(second.data())).isEqualTo(SyncHash.canonicalJson(first.data()));
    assertThat(first.syncHash()).isEqualTo(second.syncHash()).matches("[0-9a-f]{32}");
    assertThat(first.data()).containsKeys("slug", "content", "excerpt", "notionPageId", "syncHash");
    assertThat((String) first.data().get("slug")).matches("[a-z0-9]+(-[a-z0-9]+)*");
    PublishRule.defaults(dataSource).test(page);
  }
}
