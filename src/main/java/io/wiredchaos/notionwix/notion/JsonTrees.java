package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A page's file-bearing parts (cover and properties) as one JSON tree, to search for fresh file URLs. */
final class JsonTrees {

  private JsonTrees() {}

  static JsonNode of(NotionPage page) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    if (page.cover() != null) {
      tree.set("cover", page.cover());
    }
    ObjectNode properties = tree.putObject("properties");
    page.properties().forEach(properties::set);
    return tree;
  }
}
