package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The style-sheet page: one of every block family (notion.md §5.2), nested where Notion allows it. */
final class SeedReference {

  private SeedReference() {}

  static void write(NotionData data, String pageId, SeedBodies.Ids ids) {
    for (int level = 1; level <= 3; level++) {
      data.putBlock(pageId, SeedBlocks.heading(ids.next(), level, "Heading level " + level));
    }
    ArrayNode runs = SeedBodies.annotated(0);
    runs.add(SeedText.run(" Strike", false, false, true, false, false, "default", null));
    runs.add(SeedText.run(" code()", false, false, false, false, true, "default", null));
    ObjectNode mention = runs.addObject().put("type", "mention").put("plain_text", "our notes on night cities")
        .put("href", "https://www.notion.so/" + SeedIds.of("page-1").replace("-", ""));
    mention.putObject("mention").put("type", "page").putObject("page").put("id", SeedIds.of("page-1"));
    mention.putObject("annotations").put("bold", false).put("italic", false).put("strikethrough", false)
        .put("underline", false).put("code", false).put("color", "default");
    data.putBlock(pageId, SeedBlocks.text(ids.next(), "paragraph", runs));
    nestedList(data, pageId, ids, "bulleted_list_item", 3);
    nestedList(data, pageId, ids, "numbered_list_item", 2);
    ObjectNode todo = SeedBlocks.text(ids.next(), "to_do", SeedText.runs("Check the batteries"));
    ((ObjectNode) todo.path("to_do")).put("checked", true);
    data.putBlock(pageId, todo);
    ObjectNode toggle = SeedBlocks.withChildren(SeedBlocks.text(ids.next(), "toggle", SeedText.runs("Spoilers")));
    data.putBlock(pageId, toggle);
    data.putBlock(toggle.path("id").asString(), SeedBlocks.paragraph(ids.next(), "The robots were us all along."));
    data.putBlock(pageId, SeedBlocks.text(ids.next(), "quote", SeedText.runs("Noise is a promise.")));
    ObjectNode callout = SeedBlocks.text(ids.next(), "callout", SeedText.runs("Doors open at nine."));
    ((ObjectNode) callout.path("callout")).put("color", "blue_background").putObject("icon").put("type", "emoji")
        .put("emoji", "💡");
    data.putBlock(pageId, callout);
    data.putBlock(pageId, SeedBlocks.code(ids.next(), "java", "record Hum(int hertz) {}"));
    data.putBlock(pageId, SeedBlocks.block(ids.next(), "divider"));
    ObjectNode equation = SeedBlocks.block(ids.next(), "equation");
    ((ObjectNode) equation.path("equation")).put("expression", "f = \\frac{1}{2L}\\sqrt{T/\\mu}");
    data.putBlock(pageId, equation);
    data.putBlock(pageId, SeedBlocks.image(ids.next(), "photo-0.png", true, "A hosted photo"));
    data.putBlock(pageId, SeedBlocks.image(ids.next(), "https://images.example.org/wired-chaos/ref.jpg", false,
        "An external photo"));
    for (String type : new String[] {"video", "embed", "bookmark", "link_preview"}) {
      ObjectNode block = SeedBlocks.block(ids.next(), type);
      ObjectNode payload = (ObjectNode) block.path(type);
      payload.putArray("caption");
      if (type.equals("video")) {
        payload.put("type", "external").putObject("external").put("url", "https://www.youtube.com/watch?v=hum123");
      } else {
        payload.put("url", "https://example.org/" + type);
      }
      data.putBlock(pageId, block);
    }
    table(data, pageId, ids);
    columns(data, pageId, ids);
    synced(data, pageId, ids);
    ObjectNode child = SeedBlocks.block(ids.next(), "child_page");
    ((ObjectNode) child.path("child_page")).put("title", "Backstage notes");
    data.putBlock(pageId, child);
    ObjectNode contents = SeedBlocks.block(ids.next(), "table_of_contents");
    ((ObjectNode) contents.path("table_of_contents")).put("color", "default");
    data.putBlock(pageId, contents);
    data.putBlock(pageId, SeedBlocks.block(ids.next(), "breadcrumb"));
    ObjectNode unsupported = SeedBlocks.block(ids.next(), "unsupported");
    ((ObjectNode) unsupported.path("unsupported")).put("block_type", "button");
    data.putBlock(pageId, unsupported);
  }

  private static void nestedList(NotionData data, String parent, SeedBodies.Ids ids, String type, int depth) {
    ObjectNode item = SeedBlocks.text(ids.next(), type, SeedText.runs("Level " + depth + " item"));
    data.putBlock(parent, depth > 1 ? SeedBlocks.withChildren(item) : item);
    if (depth > 1) {
      nestedList(data, item.path("id").asString(), ids, type, depth - 1);
    }
  }

  private static void table(NotionData data, String pageId, SeedBodies.Ids ids) {
    ObjectNode table = SeedBlocks.withChildren(SeedBlocks.block(ids.next(), "table"));
    ((ObjectNode) table.path("table")).put("table_width", 2).put("has_column_header", true)
        .put("has_row_header", false);
    data.putBlock(pageId, table);
    String[][] rows = {{"Venue", "Night"}, {"Roof 9", "Friday"}, {"Dock B", "Sunday"}};
    for (String[] row : rows) {
      ObjectNode tableRow = SeedBlocks.block(ids.next(), "table_row");
      ArrayNode cells = ((ObjectNode) tableRow.path("table_row")).putArray("cells");
      for (String cell : row) {
        cells.add(SeedText.runs(cell));
      }
      data.putBlock(table.path("id").asString(), tableRow);
    }
  }

  private static void columns(NotionData data, String pageId, SeedBodies.Ids ids) {
    ObjectNode list = SeedBlocks.withChildren(SeedBlocks.block(ids.next(), "column_list"));
    data.putBlock(pageId, list);
    for (int c = 0; c < 2; c++) {
      ObjectNode column = SeedBlocks.withChildren(SeedBlocks.block(ids.next(), "column"));
      data.putBlock(list.path("id").asString(), column);
      data.putBlock(column.path("id").asString(), SeedBlocks.paragraph(ids.next(), "Column " + (c + 1)));
    }
  }

  private static void synced(NotionData data, String pageId, SeedBodies.Ids ids) {
    ObjectNode original = SeedBlocks.withChildren(SeedBlocks.block(ids.next(), "synced_block"));
    ((ObjectNode) original.path("synced_block")).putNull("synced_from");
    data.putBlock(pageId, original);
    data.putBlock(original.path("id").asString(), SeedBlocks.paragraph(ids.next(), "Shared footer text."));
    ObjectNode copy = SeedBlocks.withChildren(SeedBlocks.block(ids.next(), "synced_block"));
    ((ObjectNode) copy.path("synced_block")).putObject("synced_from").put("type", "block_id")
        .put("block_id", original.path("id").asString());
    data.putBlock(pageId, copy);
  }
}
