package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A realistic block mix for benchmarks: mostly paragraphs and lists, some headings, code, quotes, images, toggles. */
final class SyntheticBlocks {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode PARAGRAPH = JSON.readTree("""
      {"rich_text":[{"type":"text","text":{"content":"Sync engines "},"plain_text":"Sync engines ",
      "annotations":{"bold":false,"italic":false,"strikethrough":false,"underline":false,"code":false,"color":"default"}},
      {"type":"text","text":{"content":"keep"},"plain_text":"keep","annotations":{"bold":true,"color":"default"}},
      {"type":"text","text":{"content":" two systems in step, ","link":{"url":"https://example.com"}},
      "plain_text":" two systems in step, ","href":"https://example.com","annotations":{"italic":true}},
      {"type":"text","plain_text":"one page at a time.","annotations":{"code":true,"color":"red"}}],"color":"default"}""");
  private static final JsonNode HEADING = JSON.readTree("""
      {"rich_text":[{"type":"text","plain_text":"A section heading","annotations":{}}],"is_toggleable":false}""");
  private static final JsonNode ITEM = JSON.readTree("""
      {"rich_text":[{"type":"text","plain_text":"A list item with ","annotations":{}},
      {"type":"text","plain_text":"emphasis","annotations":{"italic":true}}]}""");
  private static final JsonNode CODE = JSON.readTree("""
      {"rich_text":[{"type":"text","plain_text":"for (int i = 0; i < n; i++) {\\n  sum += i;\\n}","annotations":{}}],
      "caption":[],"language":"java"}""");
  private static final JsonNode IMAGE = JSON.readTree("""
      {"caption":[{"type":"text","plain_text":"Figure","annotations":{}}],"type":"file",
      "file":{"url":"https://prod-files-secure.s3.us-west-2.amazonaws.com/w/x/img.png?X-Amz-Signature=abc"}}""");

  private SyntheticBlocks() {}

  /** About {@code size} blocks in total (children included), ids derived from {@code seed}. */
  static List<NotionBlock> page(int size, long seed) {
    List<NotionBlock> out = new ArrayList<>();
    int made = 0;
    int n = 0;
    while (made < size) {
      String id = String.format("%08x-0000-4000-8000-%012x", seed, n++);
      int kind = n % 20;
      NotionBlock block = switch (kind) {
        case 0 -> new NotionBlock(id, "heading_2", false, HEADING, List.of());
        case 1, 2, 3 -> new NotionBlock(id, "bulleted_list_item", true, ITEM,
            List.of(new NotionBlock(id.substring(0, 35) + "a", "bulleted_list_item", false, ITEM, List.of())));
        case 4, 5 -> new NotionBlock(id, "numbered_list_item", false, ITEM, List.of());
        case 6 -> new NotionBlock(id, "code", false, CODE, List.of());
        case 7 -> new NotionBlock(id, "quote", false, PARAGRAPH, List.of());
        case 8 -> new NotionBlock(id, "image", false, IMAGE, List.of());
        case 9 -> new NotionBlock(id, "toggle", true, ITEM,
            List.of(new NotionBlock(id.substring(0, 35) + "b", "paragraph", false, PARAGRAPH, List.of())));
        default -> new NotionBlock(id, "paragraph", false, PARAGRAPH, List.of());
      };
      out.add(block);
      made += count(List.of(block));
    }
    return out;
  }

  static int count(List<NotionBlock> blocks) {
    int n = 0;
    for (NotionBlock b : blocks) {
      n += 1 + count(b.children());
    }
    return n;
  }
}
