package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ObjectNode;

/** The WIRED CHAOS content data source's schema (notion.md §1.2: properties keyed by name). */
final class SeedSchema {

  private SeedSchema() {}

  static ObjectNode build(String dataSourceId, String databaseId) {
    ObjectNode properties = Exchanges.object();
    add(properties, "Name", "title", "title");
    ObjectNode status = add(properties, "Status", "stat", "status");
    var options = status.putObject("status").putArray("options");
    for (String option : new String[] {"Draft", "Published", "Archived"}) {
      options.addObject().put("id", "opt-" + option.toLowerCase()).put("name", option).put("color", "default")
          .putNull("description");
    }
    var groups = ((ObjectNode) status.path("status")).putArray("groups");
    String[][] grouped = {{"To-do", "opt-draft"}, {"Complete", "opt-published"}, {"Complete", "opt-archived"}};
    for (String[] g : grouped) {
      groups.addObject().put("id", "grp-" + g[1]).put("name", g[0]).put("color", "gray").putArray("option_ids")
          .add(g[1]);
    }
    add(properties, "Slug", "slug", "rich_text");
    ObjectNode tags = add(properties, "Tags", "tags", "multi_select");
    var tagOptions = tags.putObject("multi_select").putArray("options");
    for (String tag : SeedContent.TAGS) {
      tagOptions.addObject().put("id", "tag-" + tag.toLowerCase()).put("name", tag).put("color", "blue");
    }
    add(properties, "Publish Date", "pubd", "date");
    add(properties, "Author", "auth", "people");
    add(properties, "Featured", "feat", "checkbox");
    ObjectNode reading = add(properties, "Reading Time", "read", "number");
    reading.putObject("number").put("format", "number");
    ObjectNode related = add(properties, "Related", "rel", "relation");
    related.putObject("relation").put("database_id", databaseId).put("data_source_id", dataSourceId)
        .put("type", "dual_property")
        .putObject("dual_property").put("synced_property_name", "Related").put("synced_property_id", "rel");
    add(properties, "Hero Photo", "hero", "files");
    return properties;
  }

  private static ObjectNode add(ObjectNode properties, String name, String id, String type) {
    ObjectNode property = properties.putObject(name).put("id", id).put("name", name).put("type", type)
        .put("description", "");
    if (!property.has(type)) {
      property.putObject(type);
    }
    return property;
  }
}
