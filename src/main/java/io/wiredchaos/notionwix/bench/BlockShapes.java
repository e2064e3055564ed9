package io.wiredchaos.notionwix.bench;

import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Payloads of generated blocks in Notion's shape (rich text runs, tables, images), text from a seeded vocabulary. */
final class BlockShapes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] WORDS = {"neon", "transit", "synth", "club", "street", "light", "tidal", "data",
      "farm", "pixel", "quilt", "night", "market", "rooftop", "analog", "photo", "lab", "rain", "arcade", "radio",
      "bicycle", "zine", "library", "moss", "garden", "robot", "choir", "map", "party", "solar", "repair", "cafe",
      "glitch", "subway", "poetry", "paint", "tape", "loop", "drone", "ferry", "hack", "city", "signal", "noise"};

  private BlockShapes() {}

  static ObjectNode run(String text, boolean bold) {
    ObjectNode run = NODES.objectNode().put("type", "text");
    run.putObject("text").put("content", text).putNull("link");
    run.putObject("annotations").put("bold", bold).put("italic", false).put("strikethrough", false)
        .put("underline", false).put("code", false).put("color", "default");
    return run.put("plain_text", text).putNull("href");
  }

  static ArrayNode runs(String... texts) {
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < texts.length; i++) {
      array.add(run(texts[i], i % 2 == 1));
    }
    return array;
  }

  static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
    }
    return text.toString().trim() + ".";
  }

  static ObjectNode text(SplittableRandom random) {
    ObjectNode payload = NODES.objectNode();
    payload.set("rich_text", runs(sentence(random, 8 + random.nextInt(8)) + " ", sentence(random, 3)));
    return payload.put("color", "default");
  }

  static ObjectNode heading(SplittableRandom random) {
    ObjectNode payload = NODES.objectNode();
    payload.set("rich_text", runs(sentence(random, 4)));
    return payload.put("color", "default").put("is_toggleable", false);
  }

  static ObjectNode code() {
    ObjectNode payload = NODES.objectNode();
    payload.set("rich_text", runs("const hum = () => 'mmm';\nconsole.log(hum());"));
    payload.putArray("caption");
    return payload.put("language", "javascript");
  }

  static ObjectNode callout(SplittableRandom random) {
    ObjectNode payload = text(random).put("color", "yellow_background");
    payload.putObject("icon").put("type", "emoji").put("emoji", "🎟");
    return payload;
  }

  static ObjectNode table(int width) {
    return NODES.objectNode().put("table_width", width).put("has_column_header", true).put("has_row_header", false);
  }

  static ObjectNode tableRow(SplittableRandom random, int width) {
    ObjectNode payload = NODES.objectNode();
    ArrayNode cells = payload.putArray("cells");
    for (int c = 0; c < width; c++) {
      cells.add(runs(sentence(random, 2)));
    }
    return payload;
  }

  /** A Notion-hosted image: the sandbox signs {@code @file:<key>} into an expiring URL. */
  static ObjectNode hostedImage(String fileKey, String caption) {
    ObjectNode payload = NODES.objectNode().put("type", "file");
    payload.putObject("file").put("url", "@file:" + fileKey);
    payload.set("caption", runs(caption));
    return payload;
  }

  static ObjectNode empty() {
    return NODES.objectNode();
  }

  static List<BlockNode> none() {
    return List.of();
  }
}
