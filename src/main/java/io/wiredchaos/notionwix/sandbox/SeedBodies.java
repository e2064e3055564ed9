package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Page bodies: the reference page with every block family, two big pages, and ordinary articles. */
final class SeedBodies {

  private SeedBodies() {}

  static void write(NotionData data, String pageId, int i) {
    Ids ids = new Ids(pageId);
    switch (i) {
      case 0 -> SeedReference.write(data, pageId, ids);
      case 1 -> {
        for (int n = 0; n < 120; n++) {
          data.putBlock(pageId, n % 10 == 0 ? SeedBlocks.heading(ids.next(), 2, "Part " + (n / 10 + 1))
              : SeedBlocks.text(ids.next(), "paragraph", SeedContent.sentences(i + n, 1)));
        }
      }
      case 2 -> {
        for (int n = 0; n < 100; n++) {
          ObjectNode item = SeedBlocks.withChildren(SeedBlocks.text(ids.next(), "bulleted_list_item",
              SeedText.runs("Hum number " + (n + 1))));
          data.putBlock(pageId, item);
          for (int c = 0; c < 10; c++) {
            data.putBlock(item.path("id").asString(), SeedBlocks.text(ids.next(), "bulleted_list_item",
                SeedText.runs("overtone " + (c + 1) + " of hum " + (n + 1))));
          }
        }
      }
      default -> article(data, pageId, i, ids);
    }
  }

  private static void article(NotionData data, String pageId, int i, Ids ids) {
    data.putBlock(pageId, SeedBlocks.heading(ids.next(), 2, "What we saw"));
    data.putBlock(pageId, SeedBlocks.text(ids.next(), "paragraph", annotated(i)));
    ObjectNode list = SeedBlocks.withChildren(SeedBlocks.text(ids.next(), "bulleted_list_item",
        SeedText.runs("Bring a flashlight")));
    data.putBlock(pageId, list);
    data.putBlock(list.path("id").asString(), SeedBlocks.text(ids.next(), "bulleted_list_item",
        SeedText.runs("and a spare battery")));
    data.putBlock(pageId, SeedBlocks.text(ids.next(), "quote", SeedText.runs("The city is a synthesizer.")));
    if (i % 3 == 0) {
      data.putBlock(pageId, SeedBlocks.image(ids.next(), "photo-" + i + ".png", true, "Photo " + i));
    } else if (i % 3 == 1) {
      data.putBlock(pageId, SeedBlocks.image(ids.next(), "https://images.example.org/wired-chaos/" + i + ".jpg",
          false, "Found on the street"));
    }
    if (i % 5 == 0) {
      data.putBlock(pageId, SeedBlocks.code(ids.next(), "javascript", "const hum = () => 'mmm';"));
    }
    if (i % 4 == 0) {
      ObjectNode callout = SeedBlocks.text(ids.next(), "callout", SeedText.runs("Tickets are free."));
      ((ObjectNode) callout.path("callout")).put("color", "yellow_background").putObject("icon")
          .put("type", "emoji").put("emoji", "🎟");
      data.putBlock(pageId, callout);
    }
    data.putBlock(pageId, SeedBlocks.block(ids.next(), "divider"));
    data.putBlock(pageId, SeedBlocks.text(ids.next(), "paragraph", SeedContent.sentences(i + 7, 2)));
  }

  static ArrayNode annotated(int i) {
    ArrayNode runs = Exchanges.NODES.arrayNode();
    runs.add(SeedText.run("It starts "));
    runs.add(SeedText.run("loud", true, false, false, false, false, "default", null));
    runs.add(SeedText.run(", turns "));
    runs.add(SeedText.run("strange", false, true, false, false, false, "purple", null));
    runs.add(SeedText.run(" and ends with "));
    runs.add(SeedText.run("a map", false, false, false, true, false, "default", "https://example.org/map/" + i));
    runs.add(SeedText.run("."));
    return runs;
  }

  /** Block ids derived from the page, so reseeding gives the same ids. */
  static final class Ids {
    private final String pageId;
    private int n;

    Ids(String pageId) {
      this.pageId = pageId;
    }

    String next() {
      return SeedIds.of(pageId + "/block-" + (n++));
    }
  }
}
