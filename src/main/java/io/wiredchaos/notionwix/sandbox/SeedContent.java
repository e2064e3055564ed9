package io.wiredchaos.notionwix.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WIRED CHAOS seed: a culture-and-technology magazine's content database. 42 pages: 35 published, 6 drafts,
 * 1 trashed. Page 0 holds every block family, page 1 more than 100 top-level blocks, page 2 over 1,000 blocks,
 * page 3 relates to 30 others (more than the 25 references a page object carries). All text is our own.
 */
public final class SeedContent {

  public static final String DATABASE_ID = "7b3c9e2a-41d5-4f08-9a6e-2c1d8f0b5e71";
  public static final String DATA_SOURCE_ID = "d4e8a1f2-6b7c-4d3e-8f9a-0b1c2d3e4f50";
  public static final int PAGES = 42;
  public static final int PUBLISHED = 35;
  static final String[] TAGS = {"Culture", "Tech", "Music", "Design", "Cities", "Games", "Science", "Opinion"};
  static final String[] TOPICS = {"neon transit maps", "modular synth clubs", "open-source streetlights",
      "tidal data farms", "pixel quilts", "night markets on rooftops", "analog photo labs", "rain-powered arcades",
      "citizen weather stations", "bicycle radio networks", "zine libraries", "vertical moss gardens",
      "robot choirs", "offline map parties", "solar karaoke", "repair cafes", "glitch tapestries",
      "subway poetry", "bioluminescent paint", "tape-loop orchestras", "drone light shows", "ferry hackathons"};

  private SeedContent() {}

  public static NotionData build(Clock clock) {
    NotionData data = new NotionData(DATABASE_ID, DATA_SOURCE_ID, "WIRED CHAOS content",
        SeedSchema.build(DATA_SOURCE_ID, DATABASE_ID), clock);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      ids.add(SeedIds.of("page-" + i));
    }
    for (int i = 0; i < PAGES; i++) {
      String status = i < PUBLISHED ? "Published" : "Draft";
      data.putPage(SeedPages.page(ids.get(i), i, title(i), status, related(ids, i), i == PAGES - 1));
      data.files.put("cover-" + i + ".png", SeedImages.png(i * 37, 16, 9));
      data.files.put("photo-" + i + ".png", SeedImages.png(i * 53, 12, 12));
      SeedBodies.write(data, ids.get(i), i);
    }
    return data;
  }

  static String title(int i) {
    if (i == 0) {
      return "The WIRED CHAOS style sheet: every block we publish";
    }
    if (i == 1) {
      return "One hundred and twenty small notes on night cities";
    }
    if (i == 2) {
      return "The long index of things that hum";
    }
    String topic = TOPICS[i % TOPICS.length];
    String[] frames = {"Inside the scene of %s", "Why %s matter now", "A field guide to %s",
        "Notes from a weekend of %s", "Who builds %s?"};
    String base = String.format(frames[i % frames.length], topic);
    return i == 10 || i == 11 ? "Inside the scene of tidal data farms" : base;
  }

  private static List<String> related(List<String> ids, int i) {
    List<String> refs = new ArrayList<>();
    if (i == 3) {
      for (int j = 4; j < 34; j++) {
        refs.add(ids.get(j));
      }
    } else if (i > 3 && i < PUBLISHED) {
      refs.add(ids.get((i + 1) % PUBLISHED));
    }
    return refs;
  }

  static ArrayNode sentences(int seed, int count) {
    ArrayNode runs = Exchanges.NODES.arrayNode();
    for (int s = 0; s < count; s++) {
      String topic = TOPICS[(seed + s) % TOPICS.length];
      runs.add(SeedText.run("Crews who care about " + topic + " meet after dark and compare notes. "));
    }
    return runs;
  }

  static Instant created(int i) {
    return Instant.parse("2026-09-01T08:00:00Z").plusSeconds(3600L * 7 * i);
  }
}
