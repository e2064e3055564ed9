package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixtures: Notion wire JSON into the {@code notion.api} records, the way the client assembles them. */
public final class NotionJson {

  public static final JsonMapper JSON = JsonMapper.builder().build();
  /** Copies of /work/shared/reference/notion-examples (the build must not depend on files outside the repo). */
  public static final Path REFERENCE = Path.of("src/test/resources/mapping/notion");

  private NotionJson() {}

  public static JsonNode read(Path path) {
    try {
      return JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** A raw block; children from an inline {@code children} array (our golden format). */
  public static NotionBlock block(JsonNode raw) {
    List<NotionBlock> children = new ArrayList<>();
    if (raw.has("children")) {
      raw.get("children").forEach(c -> children.add(block(c)));
    }
    String type = raw.has("type") && raw.get("type").isString() ? raw.get("type").stringValue() : null;
    return new NotionBlock(raw.path("id").asString(null), type, raw.path("has_children").asBoolean(false),
        type == null ? null : raw.get(type), children);
  }

  public static List<NotionBlock> blocks(JsonNode array) {
    List<NotionBlock> out = new ArrayList<>();
    array.forEach(b -> out.add(block(b)));
    return out;
  }

  /** The reference page body: block-children-page.json with children from block-children-nested.json. */
  public static List<NotionBlock> referenceBody() {
    JsonNode page = read(REFERENCE.resolve("block-children-page.json"));
    JsonNode nested = read(REFERENCE.resolve("block-children-nested.json"));
    return assemble(page.get("results"), nested);
  }

  private static List<NotionBlock> assemble(JsonNode results, JsonNode nested) {
    List<NotionBlock> out = new ArrayList<>();
    for (JsonNode raw : results) {
      String type = raw.get("type").stringValue();
      String id = raw.get("id").stringValue();
      JsonNode payload = raw.get(type);
      String childrenOf = id;
      if ("synced_block".equals(type) && payload.path("synced_from").has("block_id")) {
        childrenOf = payload.path("synced_from").path("block_id").stringValue();
      }
      List<NotionBlock> children = List.of();
      boolean inline = !"child_page".equals(type) && !"child_database".equals(type);
      if (inline && nested.has(childrenOf)) {
        children = assemble(nested.get(childrenOf).get("results"), nested);
      }
      out.add(new NotionBlock(id, type, raw.path("has_children").asBoolean(false), payload, children));
    }
    return out;
  }

  public static NotionPage page(JsonNode raw) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    raw.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new NotionPage(raw.path("id").asString(), Instant.parse(raw.path("created_time").asString()),
        Instant.parse(raw.path("last_edited_time").asString()), raw.path("in_trash").asBoolean(false),
        raw.path("url").asString(null), raw.get("parent"), nullIfNull(raw.get("cover")), nullIfNull(raw.get("icon")),
        properties);
  }

  public static List<NotionPage> referencePages() {
    List<NotionPage> pages = new ArrayList<>();
    read(REFERENCE.resolve("data-source-query-response.json")).get("results").forEach(p -> pages.add(page(p)));
    return pages;
  }

  public static NotionDataSource dataSource(JsonNode raw) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    raw.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new NotionDataSource(raw.path("id").asString(), raw.path("parent").path("database_id").asString(null),
        NotionJsonTitle.of(raw), properties);
  }

  public static NotionDataSource referenceDataSource() {
    return dataSource(read(REFERENCE.resolve("data-source-retrieve.json")));
  }

  private static JsonNode nullIfNull(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }
}

/** Plain-text title of a data source object. */
final class NotionJsonTitle {

  private NotionJsonTitle() {}

  static String of(JsonNode raw) {
    StringBuilder out = new StringBuilder();
    raw.path("title").forEach(t -> out.append(t.path("plain_text").asString("")));
    return out.toString();
  }
}
