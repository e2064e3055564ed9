package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Page objects (notion.md §4.1) with property values of every type the schema has (§4.2). */
final class SeedPages {

  static final String[] AUTHORS = {"Ada Okafor", "Lin Vega", "Sam Reyes", "Noor Haddad", "Kit Moreau"};

  private SeedPages() {}

  static ObjectNode page(String id, int i, String title, String status, List<String> related, boolean trashed) {
    ObjectNode page = Exchanges.object().put("object", "page").put("id", id)
        .put("created_time", SeedContent.created(i).toString())
        .put("last_edited_time", SeedContent.created(i).plusSeconds(86_400).toString());
    page.putObject("created_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    page.putObject("last_edited_by").put("object", "user").put("id", SeedIds.of("user-editor"));
    if (i % 4 == 0) {
      page.putObject("cover").put("type", "file").putObject("file").put("url", "@file:cover-" + i + ".png");
    } else {
      page.putNull("cover");
    }
    page.putObject("icon").put("type", "emoji").put("emoji", "⚡");
    page.putObject("parent").put("type", "data_source_id").put("data_source_id", SeedContent.DATA_SOURCE_ID)
        .put("database_id", SeedContent.DATABASE_ID);
    page.put("in_trash", trashed).put("archived", trashed).put("is_locked", false).put("is_archived", false);
    page.put("url", "https://www.notion.so/wired-chaos-" + id.replace("-", ""));
    page.putNull("public_url");
    properties(page.putObject("properties"), i, title, status, related);
    return page;
  }

  private static void properties(ObjectNode p, int i, String title, String status, List<String> related) {
    p.putObject("Name").put("id", "title").put("type", "title").set("title", SeedText.runs(title));
    p.putObject("Status").put("id", "stat").put("type", "status").putObject("status")
        .put("id", "opt-" + status.toLowerCase()).put("name", status).put("color", "default");
    ArrayNode slug = Exchanges.NODES.arrayNode();
    if (i % 5 == 0 && i > 0) {
      slug.add(SeedText.run("custom-slug-" + i));
    }
    p.putObject("Slug").put("id", "slug").put("type", "rich_text").set("rich_text", slug);
    ArrayNode tags = p.putObject("Tags").put("id", "tags").put("type", "multi_select").putArray("multi_select");
    for (int t = 0; t <= i % 3; t++) {
      String tag = SeedContent.TAGS[(i + t) % SeedContent.TAGS.length];
      tags.addObject().put("id", "tag-" + tag.toLowerCase()).put("name", tag).put("color", "blue");
    }
    ObjectNode date = p.putObject("Publish Date").put("id", "pubd").put("type", "date").putObject("date");
    date.put("start", SeedContent.created(i).toString().substring(0, 10)).putNull("end").putNull("time_zone");
    ArrayNode people = p.putObject("Author").put("id", "auth").put("type", "people").putArray("people");
    String author = AUTHORS[i % AUTHORS.length];
    people.addObject().put("object", "user").put("id", SeedIds.of("user-" + author)).put("name", author)
        .put("type", "person").putNull("avatar_url").putObject("person").put("email",
            author.toLowerCase().replace(' ', '.') + "@wiredchaos.example");
    p.putObject("Featured").put("id", "feat").put("type", "checkbox").put("checkbox", i % 6 == 0);
    p.putObject("Reading Time").put("id", "read").put("type", "number").put("number", 3 + i % 9);
    ObjectNode relation = p.putObject("Related").put("id", "rel").put("type", "relation");
    ArrayNode refs = relation.putArray("relation");
    related.forEach(ref -> refs.addObject().put("id", ref));
    relation.put("has_more", false);
    ArrayNode files = p.putObject("Hero Photo").put("id", "hero").put("type", "files").putArray("files");
    if (i % 3 == 0) {
      files.addObject().put("name", "photo-" + i + ".png").put("type", "file").putObject("file")
          .put("url", "@file:photo-" + i + ".png");
    }
  }
}
