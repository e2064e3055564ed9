package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rich-text runs in Notion's shape (notion.md §4.3). */
final class SeedText {

  private SeedText() {}

  static ObjectNode run(String text) {
    return run(text, false, false, false, false, false, "default", null);
  }

  static ObjectNode run(String text, boolean bold, boolean italic, boolean strike, boolean underline, boolean code,
      String color, String link) {
    ObjectNode run = Exchanges.object().put("type", "text");
    ObjectNode content = run.putObject("text").put("content", text);
    if (link == null) {
      content.putNull("link");
    } else {
      content.putObject("link").put("url", link);
    }
    run.putObject("annotations").put("bold", bold).put("italic", italic).put("strikethrough", strike)
        .put("underline", underline).put("code", code).put("color", color);
    run.put("plain_text", text);
    if (link == null) {
      run.putNull("href");
    } else {
      run.put("href", link);
    }
    return run;
  }

  static ArrayNode runs(String text) {
    ArrayNode array = Exchanges.NODES.arrayNode();
    array.add(run(text));
    return array;
  }
}
