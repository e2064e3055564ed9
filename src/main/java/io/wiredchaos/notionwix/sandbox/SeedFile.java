package io.wiredchaos.notionwix.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seed given as JSON (docs/sandbox.md, "Seeding from a file"): {@code pages} replace the content database's rows
 * and bodies, {@code wixItems} (when present) replace the Wix collection's items. A page names its properties by
 * plain values ({@code title}, {@code status}, {@code tags}…); a block is either shorthand ({@code {"paragraph":
 * "text"}}, {@code {"to_do": "text", "checked": true}}, {@code {"image": "https://…"}}, with optional
 * {@code children}) or a Notion block object with {@code type}, taken as it is. Errors name the page and field.
 */
final class SeedFile {

  private static final Set<String> TEXT_BLOCKS = Set.of("paragraph", "heading_1", "heading_2", "heading_3",
      "bulleted_list_item", "numbered_list_item", "to_do", "toggle", "quote", "callout", "code");

  private SeedFile() {}

  /** Applies {@code seed} to {@code notion} and {@code wix} (which the caller has just reset). */
  static void apply(JsonNode seed, NotionData notion, WixData wix) {
    if (!seed.isObject() || !seed.path("pages").isArray()) {
      throw new IllegalArgumentException("a seed file is a JSON object with a \"pages\" array");
    }
    List<ObjectNode> rows = new ArrayList<>();
    int i = 0;
    for (JsonNode spec : seed.path("pages")) {
      rows.add(page(spec, i++));
    }
    notion.replaceContent(rows, null);
    i = 0;
    for (JsonNode spec : seed.path("pages")) {
      SeedBodies.Ids ids = new SeedBodies.Ids(rows.get(i).path("id").asString());
      for (JsonNode block : spec.path("blocks")) {
        addBlock(notion, rows.get(i).path("id").asString(), block, ids, i);
      }
      i++;
    }
    if (seed.has("wixItems")) {
      synchronized (wix) {
        wix.items.get(Sandbox.COLLECTION).clear();
      }
      for (JsonNode item : seed.path("wixItems")) {
        if (!item.path("_id").isString()) {
          throw new IllegalArgumentException("every wixItems entry needs an _id string");
        }
        wix.put(Sandbox.COLLECTION, ((ObjectNode) item).deepCopy());
      }
    }
  }

  private static ObjectNode page(JsonNode spec, int i) {
    String title = spec.path("title").asString("");
    if (title.isBlank()) {
      throw new IllegalArgumentException("page " + i + " of the seed needs a title");
    }
    String id = spec.has("id") ? Exchanges.uuid(spec.path("id").asString()) : SeedIds.of("file-page:" + title);
    if (id == null) {
      throw new IllegalArgumentException("page " + i + ": id must be a UUID, with or without dashes");
    }
    String status = spec.path("status").asString("Published");
    if (!Set.of("Draft", "Published", "Archived").contains(status)) {
      throw new IllegalArgumentException("page " + i + ": status must be Draft, Published or Archived");
    }
    List<String> related = new ArrayList<>();
    spec.path("related").forEach(r -> related.add(Exchanges.uuid(r.asString())));
    ObjectNode page = SeedPages.page(id, i, title, status, related, spec.path("trashed").asBoolean(false));
    ObjectNode p = (ObjectNode) page.path("properties");
    ArrayNode slug = ((ObjectNode) p.path("Slug")).putArray("rich_text");
    if (spec.has("slug")) {
      slug.add(SeedText.run(spec.path("slug").asString()));
    }
    if (spec.has("tags")) {
      ArrayNode tags = ((ObjectNode) p.path("Tags")).putArray("multi_select");
      spec.path("tags").forEach(t -> tags.addObject().put("id", "tag-" + t.asString().toLowerCase())
          .put("name", t.asString()).put("color", "blue"));
    }
    if (spec.has("publishDate")) {
      ((ObjectNode) p.path("Publish Date").path("date")).put("start", spec.path("publishDate").asString());
    }
    if (spec.has("author")) {
      String author = spec.path("author").asString();
      ObjectNode person = (ObjectNode) p.path("Author").path("people").get(0);
      person.put("id", SeedIds.of("user-" + author)).put("name", author);
    }
    if (spec.has("featured")) {
      ((ObjectNode) p.path("Featured")).put("checkbox", spec.path("featured").asBoolean());
    }
    if (spec.has("readingTime")) {
      ((ObjectNode) p.path("Reading Time")).put("number", spec.path("readingTime").asInt());
    }
    ((ObjectNode) p.path("Hero Photo")).putArray("files");
    if (spec.has("cover")) {
      page.putObject("cover").put("type", "external").putObject("external").put("url", spec.path("cover").asString());
    } else {
      page.putNull("cover");
    }
    return page;
  }

  private static void addBlock(NotionData notion, String parent, JsonNode spec, SeedBodies.Ids ids, int page) {
    ObjectNode block;
    if (spec.path("type").isString()) {
      block = ((ObjectNode) spec).deepCopy();
      block.remove("children");
      if (!block.path("id").isString()) {
        block.put("id", ids.next());
      }
      block.put("object", "block").put("has_children", spec.path("children").size() > 0);
    } else {
      block = shorthand(spec, ids.next(), page);
    }
    notion.putBlock(parent, block);
    for (JsonNode child : spec.path("children")) {
      addBlock(notion, block.path("id").asString(), child, ids, page);
    }
  }

  private static ObjectNode shorthand(JsonNode spec, String id, int page) {
    String type = spec.propertyNames().stream().filter(k -> !k.equals("children") && !k.equals("checked")
        && !k.equals("language") && !k.equals("caption")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("page " + page + ": a block needs a type"));
    String text = spec.path(type).asString("");
    ObjectNode block;
    if (type.equals("image")) {
      block = SeedBlocks.image(id, text, false, spec.path("caption").asString(""));
      if (spec.path("caption").asString("").isEmpty()) {
        ((ObjectNode) block.path("image")).putArray("caption");
      }
    } else if (type.equals("divider")) {
      block = SeedBlocks.block(id, "divider");
    } else if (type.equals("code")) {
      block = SeedBlocks.code(id, spec.path("language").asString("plain text"), text);
    } else if (TEXT_BLOCKS.contains(type)) {
      block = type.startsWith("heading_") ? SeedBlocks.heading(id, type.charAt(8) - '0', text)
          : SeedBlocks.paragraph(id, text);
      if (!type.startsWith("heading_")) {
        ObjectNode content = (ObjectNode) block.remove("paragraph");
        block.put("type", type).set(type, content);
      }
      if (type.equals("to_do")) {
        ((ObjectNode) block.path(type)).put("checked", spec.path("checked").asBoolean(false));
      }
    } else {
      throw new IllegalArgumentException("page " + page + ": unknown block shorthand \"" + type
          + "\" (give a Notion block object with \"type\" instead)");
    }
    return block.put("has_children", spec.path("children").size() > 0);
  }
}
