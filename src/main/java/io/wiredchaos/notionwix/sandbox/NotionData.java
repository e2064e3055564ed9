package io.wiredchaos.notionwix.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Notion workspace in memory: one database with one data source, its pages and their blocks, and the files
 * they hold. Files appear in stored JSON as {@code "@file:<key>"} and are signed on the way out.
 */
public final class NotionData {

  final String databaseId;
  final String dataSourceId;
  final String title;
  final ObjectNode schema;
  final Map<String, ObjectNode> pages = new LinkedHashMap<>();
  final Map<String, ObjectNode> blocks = new ConcurrentHashMap<>();
  final Map<String, List<String>> children = new ConcurrentHashMap<>();
  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  /** Pages created through the API (the run-log database), kept apart from the content rows. */
  final List<ObjectNode> logPages = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Clock clock;
  private volatile BodySource generated;

  NotionData(String databaseId, String dataSourceId, String title, ObjectNode schema, Clock clock) {
    this.databaseId = databaseId;
    this.dataSourceId = dataSourceId;
    this.title = title;
    this.schema = schema;
    this.clock = clock;
  }

  /**
   * Renames a property as an editor would in Notion: the schema entry and every page's value move to the new name;
   * the property id stays (notion.md §1.2: properties are keyed by name, ids are stable).
   */
  public synchronized void renameProperty(String oldName, String newName) {
    JsonNode property = schema.remove(oldName);
    if (property == null) {
      throw new IllegalArgumentException("no property " + oldName);
    }
    ((ObjectNode) property).put("name", newName);
    schema.set(newName, property);
    for (ObjectNode page : pages.values()) {
      ObjectNode properties = (ObjectNode) page.path("properties");
      JsonNode value = properties.remove(oldName);
      if (value != null) {
        properties.set(newName, value);
      }
    }
  }

  /** Renames one option of a status or select property, in the schema and on every page that has it. */
  public synchronized void renameStatusOption(String propertyName, String oldName, String newName) {
    JsonNode property = schema.path(propertyName);
    String type = property.path("type").asString();
    property.path(type).path("options").forEach(o -> {
      if (o.path("name").asString().equals(oldName)) {
        ((ObjectNode) o).put("name", newName);
      }
    });
    for (ObjectNode page : pages.values()) {
      JsonNode value = page.path("properties").path(propertyName).path(type);
      if (value.isObject() && value.path("name").asString().equals(oldName)) {
        ((ObjectNode) value).put("name", newName);
      }
    }
  }

  synchronized ObjectNode page(String id) {
    return pages.get(id);
  }

  synchronized List<ObjectNode> allPages() {
    return new ArrayList<>(pages.values());
  }

  synchronized void putPage(ObjectNode page) {
    pages.put(page.path("id").asString(), page);
  }

  /** Adds {@code block} as the last child of {@code parentId} (a page or a block), setting its {@code parent}. */
  void putBlock(String parentId, ObjectNode block) {
    String id = block.path("id").asString();
    String parentType = pages.containsKey(parentId) ? "page_id" : "block_id";
    block.putObject("parent").put("type", parentType).put(parentType, parentId);
    blocks.put(id, block);
    children.computeIfAbsent(parentId, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(id);
  }

  List<ObjectNode> childrenOf(String parentId) {
    BodySource source = generated;
    if (source != null && !children.containsKey(parentId)) {
      List<ObjectNode> made = source.children(parentId);
      if (made != null) {
        return made;
      }
    }
    List<String> ids = children.getOrDefault(parentId, List.of());
    synchronized (ids) {
      return ids.stream().map(blocks::get).toList();
    }
  }

  /** Edits happen now; Notion keeps {@code last_edited_time} at minute precision (notion.md §7). */
  synchronized void touch(String pageId) {
    ObjectNode page = pages.get(pageId);
    if (page != null) {
      page.put("last_edited_time", Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).toString());
    }
  }

  /** Replaces the plain text of the page's title. */
  public synchronized void setTitle(String pageId, String text) {
    ObjectNode page = require(pageId);
    for (var entry : page.path("properties").properties()) {
      if ("title".equals(entry.getValue().path("type").asString())) {
        ArrayNode runs = ((ObjectNode) entry.getValue()).putArray("title");
        runs.add(SeedText.run(text));
      }
    }
    touch(pageId);
  }

  /** Sets a status/select option by property name ({@code Status} → {@code Draft}, {@code Published}…). */
  public synchronized void setStatus(String pageId, String propertyName, String option) {
    ObjectNode property = (ObjectNode) require(pageId).path("properties").path(propertyName);
    String type = property.path("type").asString();
    property.putObject(type).put("name", option).put("id", "opt-" + option.toLowerCase()).put("color", "default");
    touch(pageId);
  }

  /** Sets a date property's start ({@code 2026-11-01} or a date-time). */
  public synchronized void setDate(String pageId, String propertyName, String start) {
    ((ObjectNode) require(pageId).path("properties").path(propertyName).path("date")).put("start", start);
    touch(pageId);
  }

  /**
   * Sets the name of every person in a people property; null stands for a user without a name, which 2026-12-01
   * answers as {@code "name": null} (upgrade guide 2026-12-01, "Person names"). {@code email} null drops the email.
   */
  public synchronized void setPersonName(String pageId, String propertyName, String name, String email) {
    for (JsonNode person : require(pageId).path("properties").path(propertyName).path("people")) {
      ObjectNode user = (ObjectNode) person;
      if (name == null) {
        user.putNull("name");
      } else {
        user.put("name", name);
      }
      if (email == null) {
        user.remove("person");
      } else {
        user.putObject("person").put("email", email);
      }
    }
    touch(pageId);
  }

  public synchronized void trash(String pageId, boolean trashed) {
    require(pageId).put("in_trash", trashed).put("archived", trashed);
    touch(pageId);
  }

  /** Appends a paragraph to the page body; answers the new block's id. */
  public synchronized String appendParagraph(String pageId, String text) {
    ObjectNode block = SeedBlocks.paragraph(SeedIds.next("blk"), text);
    putBlock(pageId, block);
    touch(pageId);
    return block.path("id").asString();
  }

  /**
   * Appends a block of {@code type} with {@code payload} as its type object (notion.md §5.2, e.g. a bookmark's
   * {@code {url, caption}}) to the page body, as an editor adding it; answers the new block's id.
   */
  public synchronized String appendBlock(String pageId, String type, ObjectNode payload) {
    ObjectNode block = SeedBlocks.block(SeedIds.next("blk"), type);
    block.set(type, payload);
    putBlock(pageId, block);
    touch(pageId);
    return block.path("id").asString();
  }

  /** Sets the page cover: a file object (notion.md §4.1, §6: {@code {type:"external", external:{url}}}). */
  public synchronized void setCover(String pageId, ObjectNode cover) {
    require(pageId).set("cover", cover);
    touch(pageId);
  }

  /**
   * Adds a property to the data source's schema (notion.md §4.2), as an editor adding a column: the pages get its
   * empty value ({@code null} payload) until {@link #setProperty} gives one.
   */
  public synchronized void addProperty(String name, String id, String type) {
    schema.putObject(name).put("id", id).put("name", name).put("type", type).put("description", "")
        .putObject(type);
    for (ObjectNode page : pages.values()) {
      ((ObjectNode) page.path("properties")).putObject(name).put("id", id).put("type", type).putNull(type);
    }
  }

  /** Sets a property's typed payload (for a {@code url} property: the URL string). */
  public synchronized void setProperty(String pageId, String name, JsonNode payload) {
    ObjectNode property = (ObjectNode) require(pageId).path("properties").path(name);
    property.set(property.path("type").asString(), payload);
    touch(pageId);
  }

  /** A new content row (a copy of page 4's properties) with {@code title}, {@code status} and one paragraph. */
  public synchronized String createPage(String title, String status) {
    String id = SeedIds.next("page");
    ObjectNode page = SeedPages.page(id, 4, title, status, List.of(), false);
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
    page.put("created_time", now.toString()).put("last_edited_time", now.toString());
    putPage(page);
    appendParagraph(id, "A new page about " + title + ".");
    return id;
  }

  /** Takes every page, block, file and log page of {@code fresh} (a new seed): the admin reset. */
  synchronized void resetTo(NotionData fresh) {
    pages.clear();
    pages.putAll(fresh.pages);
    blocks.clear();
    blocks.putAll(fresh.blocks);
    children.clear();
    children.putAll(fresh.children);
    files.clear();
    files.putAll(fresh.files);
    logPages.clear();
    generated = null;
  }

  /** A stored block, or one the generated body source knows, or null. */
  ObjectNode block(String blockId) {
    ObjectNode stored = blocks.get(blockId);
    BodySource source = generated;
    return stored != null || source == null ? stored : source.block(blockId);
  }

  /**
   * Replaces every content row (and its stored body) with {@code rows}, page objects under this data source in
   * the shape {@link #copyOfPage} returns; their bodies come from {@code bodies}. Files referenced as
   * {@code "@file:<key>"} must be added with {@link #putFile}. For benchmarks with generated data sets.
   */
  public synchronized void replaceContent(List<ObjectNode> rows, BodySource bodies) {
    pages.clear();
    blocks.clear();
    children.clear();
    rows.forEach(this::putPage);
    generated = bodies;
  }

  /** A deep copy of a stored page object, as a template for generated rows. */
  public synchronized ObjectNode copyOfPage(String pageId) {
    return require(pageId).deepCopy();
  }

  /** Adds a Notion-hosted file, served (signed) as {@code "@file:<key>"} in page and block JSON. */
  public void putFile(String key, byte[] content) {
    files.put(key, content);
  }

  public synchronized List<String> pageIds() {
    return new ArrayList<>(pages.keySet());
  }

  private ObjectNode require(String pageId) {
    ObjectNode page = pages.get(pageId);
    if (page == null) {
      throw new IllegalArgumentException("no page " + pageId);
    }
    return page;
  }

  JsonNode schema() {
    return schema;
  }
}
