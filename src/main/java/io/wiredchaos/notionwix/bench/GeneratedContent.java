package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.BodySource;
import io.wiredchaos.notionwix.sandbox.NotionData;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated content database, deterministic for its seed. Standard pages hold about 40 blocks (headings,
 * paragraphs, a bulleted list with a nested item, numbered items, a toggle, a 3×4 table, quote, code, callout,
 * divider), three of them containers; every tenth page also holds a Notion-hosted image. The big page holds 5,000
 * blocks six levels deep. Bodies are generated on request (nothing is stored), so 10,000 pages cost only their
 * page objects.
 *
 * <p>Ids encode the page index ({@code 9a6e0000-…} pages, {@code b3c4a000-…} blocks), so any block can be found
 * again by regenerating its page.
 */
final class GeneratedContent implements BodySource {

  enum Shape { STANDARD, BIG }

  private static final String PAGE_PREFIX = "9a6e0000";
  private static final String BLOCK_PREFIX = "b3c4a000";
  private final int pages;
  private final Shape shape;
  private final long seed;
  private final Map<Integer, Map<String, BlockNode>> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Map<String, BlockNode>> eldest) {
      return size() > 64;
    }
  };

  GeneratedContent(int pages, Shape shape, long seed) {
    this.pages = pages;
    this.shape = shape;
    this.seed = seed;
  }

  int pages() {
    return pages;
  }

  static String pageId(int index) {
    return String.format("%s-%04x-4%03x-8000-000000000000", PAGE_PREFIX, (index >> 12) & 0xffff, index & 0xfff);
  }

  private static String blockId(int index, int serial) {
    return String.format("%s-%04x-4%03x-8000-%012x", BLOCK_PREFIX, (index >> 12) & 0xffff, index & 0xfff, serial);
  }

  /** The page index an id of ours encodes, or -1. */
  private int indexOf(String id) {
    if (id == null || id.length() != 36 || !(id.startsWith(PAGE_PREFIX) || id.startsWith(BLOCK_PREFIX))) {
      return -1;
    }
    try {
      int index = (Integer.parseInt(id.substring(9, 13), 16) << 12) | Integer.parseInt(id.substring(15, 18), 16);
      return index < pages ? index : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static boolean hasImage(int index) {
    return index % 10 == 7;
  }

  static String imageKey(int index) {
    return "bench-image-" + index + ".png";
  }

  String title(int index) {
    return shape == Shape.BIG ? "The long index of everything that hums" : "Field notes " + (index + 1) + ": "
        + BlockShapes.sentence(new SplittableRandom(seed * 31 + index), 4);
  }

  /** Replaces the sandbox's content with these pages (all Published) and serves their bodies from here. */
  void load(NotionData data) {
    ObjectNode template = data.copyOfPage(data.pageIds().get(5));
    List<ObjectNode> rows = new ArrayList<>(pages);
    for (int i = 0; i < pages; i++) {
      rows.add(row(template, i));
      if (shape == Shape.STANDARD && hasImage(i)) {
        data.putFile(imageKey(i), png(i));
      }
    }
    data.replaceContent(rows, this);
  }

  private ObjectNode row(ObjectNode template, int i) {
    ObjectNode page = template.deepCopy();
    String id = pageId(i);
    Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i);
    page.put("id", id).put("created_time", created.toString())
        .put("last_edited_time", created.plusSeconds(86_400).toString())
        .put("url", "https://www.notion.so/bench-" + id.replace("-", "")).putNull("cover");
    ObjectNode properties = (ObjectNode) page.path("properties");
    ((ObjectNode) properties.path("Name")).set("title", BlockShapes.runs(title(i)));
    ((ObjectNode) properties.path("Slug")).putArray("rich_text");
    ((ObjectNode) properties.path("Related")).putArray("relation");
    ((ObjectNode) properties.path("Hero Photo")).putArray("files");
    ObjectNode status = (ObjectNode) properties.path("Status").path("status");
    status.put("name", "Published").put("id", "opt-published");
    return page;
  }

  @Override
  public List<ObjectNode> children(String parentId) {
    int index = indexOf(parentId);
    if (index < 0) {
      return null;
    }
    List<BlockNode> children = parentId.startsWith(PAGE_PREFIX) ? body(index)
        : indexed(index).getOrDefault(parentId, new BlockNode(parentId, "paragraph", null, List.of())).children();
    return children.stream().map(BlockNode::json).toList();
  }

  @Override
  public ObjectNode block(String blockId) {
    int index = indexOf(blockId);
    BlockNode node = index < 0 || !blockId.startsWith(BLOCK_PREFIX) ? null : indexed(index).get(blockId);
    return node == null ? null : node.json();
  }

  private synchronized Map<String, BlockNode> indexed(int index) {
    return recent.computeIfAbsent(index, i -> {
      Map<String, BlockNode> byId = new HashMap<>();
      body(i).forEach(node -> index(node, byId));
      return byId;
    });
  }

  private static void index(BlockNode node, Map<String, BlockNode> byId) {
    byId.put(node.id(), node);
    node.children().forEach(child -> index(child, byId));
  }

  /** The top-level blocks of page {@code index}, with their subtrees. */
  List<BlockNode> body(int index) {
    Builder b = new Builder(index, new SplittableRandom(seed * 1_000_003 + index));
    return shape == Shape.BIG ? b.big() : b.standard();
  }

  /** Blocks in page {@code index}'s body. */
  int blockCount(int index) {
    return body(index).stream().mapToInt(BlockNode::size).sum();
  }

  /** The fewest Notion calls that read page {@code index}'s body: its own children list plus one per container. */
  int bodyReadCalls(int index) {
    List<BlockNode> top = body(index);
    return Math.max(1, (top.size() + 99) / 100) + top.stream().mapToInt(BlockNode::readCalls).sum();
  }

  /** Builds one page's tree; serials number its blocks in creation order. */
  private final class Builder {
    private final int index;
    private final SplittableRandom random;
    private int serial = 1;

    Builder(int index, SplittableRandom random) {
      this.index = index;
      this.random = random;
    }

    private BlockNode node(String type, ObjectNode payload, List<BlockNode> children) {
      return new BlockNode(blockId(index, serial++), type, payload, children);
    }

    private BlockNode text(String type) {
      return node(type, BlockShapes.text(random), List.of());
    }

    List<BlockNode> standard() {
      List<BlockNode> top = new ArrayList<>();
      top.add(node("heading_2", BlockShapes.heading(random), List.of()));
      for (int i = 0; i < 3; i++) {
        top.add(text("paragraph"));
      }
      top.add(text("bulleted_list_item"));
      top.add(node("bulleted_list_item", BlockShapes.text(random),
          List.of(text("bulleted_list_item"), text("bulleted_list_item"), text("bulleted_list_item"))));
      top.add(text("bulleted_list_item"));
      for (int i = 0; i < 3; i++) {
        top.add(text("numbered_list_item"));
      }
      top.add(node("toggle", BlockShapes.text(random),
          List.of(text("paragraph"), text("paragraph"), text("paragraph"), text("paragraph"))));
      top.add(node("heading_3", BlockShapes.heading(random), List.of()));
      top.add(text("paragraph"));
      List<BlockNode> rows = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        rows.add(node("table_row", BlockShapes.tableRow(random, 3), List.of()));
      }
      top.add(node("table", BlockShapes.table(3), rows));
      if (hasImage(index)) {
        top.add(node("image", BlockShapes.hostedImage(imageKey(index), "Photo " + index), List.of()));
      }
      top.add(text("quote"));
      top.add(node("code", BlockShapes.code(), List.of()));
      top.add(node("callout", BlockShapes.callout(random), List.of()));
      top.add(node("divider", BlockShapes.empty(), List.of()));
      int more = 8 + random.nextInt(5);
      for (int i = 0; i < more; i++) {
        top.add(text(i % 4 == 3 ? "bulleted_list_item" : "paragraph"));
      }
      return top;
    }

    /** 50 top-level paragraphs and 22 toggles; each toggle: 86 leaves and two chains of nested items to level 6. */
    List<BlockNode> big() {
      List<BlockNode> top = new ArrayList<>();
      for (int section = 0; section < 22; section++) {
        top.add(text("paragraph"));
        top.add(text("paragraph"));
        List<BlockNode> inside = new ArrayList<>();
        for (int i = 0; i < 86; i++) {
          inside.add(text(i % 3 == 0 ? "bulleted_list_item" : "paragraph"));
        }
        inside.add(chain(2));
        inside.add(chain(2));
        top.add(node("toggle", BlockShapes.text(random), inside));
      }
      for (int i = 0; i < 6; i++) {
        top.add(text("paragraph"));
      }
      return top;
    }

    /** A nested bulleted item at {@code level} (2..5) with leaves below it, descending to level 6. */
    private BlockNode chain(int level) {
      int leaves = switch (level) {
        case 2 -> 30;
        case 3 -> 20;
        case 4 -> 10;
        default -> 5;
      };
      List<BlockNode> children = new ArrayList<>();
      for (int i = 0; i < leaves; i++) {
        children.add(text("bulleted_list_item"));
      }
      if (level < 5) {
        children.add(chain(level + 1));
      }
      return node("bulleted_list_item", BlockShapes.text(random), children);
    }
  }

  private static byte[] png(int hue) {
    BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 12; x++) {
      for (int y = 0; y < 12; y++) {
        image.setRGB(x, y, Color.HSBtoRGB((hue * 7 + x * 3) % 360 / 360f, 0.6f, 0.4f + y / 24f));
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
