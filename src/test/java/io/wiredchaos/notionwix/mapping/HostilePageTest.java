package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A whole page carrying hostile URLs in every place the mapping writes one (text link, link mention, bookmark,
 * link preview, embed, video, audio, image, file, pdf, cover, url property, files property, rich text rendered as
 * HTML, the page's own Notion URL), next to allowed ones: no disallowed URL reaches the item, anywhere in it, and
 * every refusal is a warning naming the page and the block.
 */
class HostilePageTest {

  static final String PAGE = "2a7104cd-477e-8123-b1aa-f00d000000aa";
  static final String OTHER = "2a7104cd-477e-8123-b1aa-f00d000000bb";
  /** Hostile block id → its hostile URL. */
  static final Map<String, String> HOSTILE = new LinkedHashMap<>();

  static {
    HOSTILE.put(id(1), "javascript:alert(1)");
    HOSTILE.put(id(2), "JaVaScRiPt:alert(2)");
    HOSTILE.put(id(3), "data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==");
    HOSTILE.put(id(4), "vbscript:msgbox(4)");
    HOSTILE.put(id(5), "java\tscript:alert(5)");
    HOSTILE.put(id(6), "data:video/mp4;base64,AAAA");
    HOSTILE.put(id(7), " javascript:alert(7)");
    HOSTILE.put(id(8), "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOCk+");
    HOSTILE.put(id(9), "file:///etc/passwd");
    HOSTILE.put(id(10), "//evil.example/spec.pdf");
    HOSTILE.put(id(11), "&#106;avascript:alert(11)");
  }

  static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  @Test
  void noDisallowedUrlReachesTheItemAndEveryRefusalIsNamed() {
    MappedItem item = new PageMapper().map(page(), body(), context());

    List<String> strings = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    walk(item.data(), null, strings, urls);
    assertThat(strings).as("no hostile text anywhere in the item")
        .noneMatch(HostilePageTest::carriesADisallowedScheme);
    assertThat(urls).as("every URL-valued key holds an allowed URL").isNotEmpty()
        .allMatch(url -> UrlPolicy.check(url, UrlPolicy.Use.LINK).allowed() || MediaPlaceholder.is(url));
    assertThat(urls).as("allowed URLs are kept as typed").contains("https://example.com/ok", "/post/other",
        "mailto:editor@example.com", "https://www.youtube.com/watch?v=ok", "https://images.example.com/ok.png");

    List<ConversionWarning> unsafe = item.warnings().stream().filter(w -> w.code().equals("UNSAFE_URL")).toList();
    assertThat(unsafe).allMatch(w -> w.pageId().equals(PAGE));
    assertThat(unsafe.stream().map(ConversionWarning::blockId).collect(Collectors.toSet()))
        .as("each hostile block is named").containsAll(HOSTILE.keySet());
    assertThat(unsafe).filteredOn(w -> w.blockId() == null).extracting(ConversionWarning::message)
        .anyMatch(m -> m.startsWith("cover image URL refused"))
        .anyMatch(m -> m.startsWith("property Website URL refused"))
        .anyMatch(m -> m.startsWith("file \"evil.png\" in property:hero URL refused"))
        .anyMatch(m -> m.startsWith("field notionUrl URL refused"));
    assertThat(item.data()).containsEntry("coverImage", null).containsEntry("website", null)
        .containsEntry("notionUrl", null).containsEntry("hero", "https://images.example.com/ok.png");
    assertThat(item.data().get("content").toString()).as("refused blocks leave the visible note")
        .contains("[Notion bookmark not shown]", "[Notion video not shown]", "[Notion image not shown]",
            "[Notion file not shown]", "[Notion pdf not shown]", "[Notion audio not shown]",
            "[Notion embed not shown]", "click me");
  }

  /** Case-insensitive, after dropping what browsers drop (whitespace and controls) and decoding {@code &#106;}. */
  static boolean carriesADisallowedScheme(String value) {
    String squeezed = value.replaceAll("[\\p{Cntrl}\\s\\p{Cf}]", "").replace("&#106;", "j").toLowerCase(Locale.ROOT);
    return Set.of("javascript:", "vbscript:", "data:", "file:", "//evil").stream().anyMatch(squeezed::contains);
  }

  /** Collects every string of the item, and separately those under the keys that hold URLs. */
  @SuppressWarnings("unchecked")
  static void walk(Object value, String key, List<String> strings, List<String> urls) {
    if (value instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).forEach((k, v) -> walk(v, k, strings, urls));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> walk(v, key, strings, urls));
    } else if (value instanceof String s) {
      strings.add(s);
      if (Set.of("url", "src", "href", "coverImage", "website", "notionUrl", "hero").contains(key)) {
        urls.add(s);
      }
    }
  }

  private static MappingContext context() {
    FieldMapping mapping = new FieldMapping("ds", "c", List.of(
        FieldRule.property("title", "title", "Name", "title"),
        FieldRule.page("content", FieldSource.BODY),
        new FieldRule("bodyHtml", FieldSource.BODY, null, null, null, Transform.HTML, null, false, null, 0),
        FieldRule.page("coverImage", FieldSource.COVER),
        FieldRule.property("website", "web", "Website", "url"),
        FieldRule.property("hero", "hero", "Hero", "files"),
        new FieldRule("summary", FieldSource.PROPERTY, "sum", "Summary", "rich_text", Transform.HTML, null, false,
            null, 0)), new PublishRule(null));
    return new MappingContext(mapping, id -> Optional.ofNullable(id.equals(OTHER) ? "/post/other" : null), null, null);
  }

  private static NotionPage page() {
    Map<String, tools.jackson.databind.JsonNode> properties = new LinkedHashMap<>();
    properties.put("Name", NotionJson.parse("{\"id\":\"title\",\"type\":\"title\",\"title\":[" + run("Hostile", null)
        + "]}"));
    properties.put("Website", NotionJson.parse("{\"id\":\"web\",\"type\":\"url\",\"url\":\"vbscript:msgbox(0)\"}"));
    properties.put("Hero", NotionJson.parse("{\"id\":\"hero\",\"type\":\"files\",\"files\":["
        + "{\"name\":\"evil.png\",\"type\":\"external\",\"external\":{\"url\":\"javascript:alert('png')\"}},"
        + "{\"name\":\"ok.png\",\"type\":\"external\",\"external\":{\"url\":\"https://images.example.com/ok.png\"}}]}"));
    properties.put("Summary", NotionJson.parse("{\"id\":\"sum\",\"type\":\"rich_text\",\"rich_text\":["
        + run("summary link", "javascript:alert('summary')") + "]}"));
    return new NotionPage(PAGE, Instant.EPOCH, Instant.EPOCH, false, "javascript:alert('notionUrl')", null,
        NotionJson.parse("{\"type\":\"external\",\"external\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}"),
        null, properties);
  }

  private static List<NotionBlock> body() {
    List<NotionBlock> blocks = new ArrayList<>();
    blocks.add(block(id(1), "paragraph", "{\"rich_text\":[" + run("click me", HOSTILE.get(id(1))) + ","
        + run(" fine", "https://example.com/ok") + "," + run(" sibling", "https://www.notion.so/Other-"
        + OTHER.replace("-", "")) + "," + run(" mail", "mailto:editor@example.com") + "]}"));
    blocks.add(block(id(2), "paragraph", "{\"rich_text\":[{\"type\":\"mention\",\"mention\":{\"type\":\"link_mention\","
        + "\"link_mention\":{\"href\":\"" + HOSTILE.get(id(2)) + "\"}},\"plain_text\":\"mention\",\"annotations\":{}}]}"));
    blocks.add(block(id(3), "bookmark", "{\"url\":\"" + HOSTILE.get(id(3)) + "\",\"caption\":[]}"));
    blocks.add(block(id(4), "link_preview", "{\"url\":\"" + HOSTILE.get(id(4)) + "\"}"));
    blocks.add(block(id(5), "embed", "{\"url\":\"java\\tscript:alert(5)\",\"caption\":[]}"));
    blocks.add(block(id(6), "video", "{\"type\":\"external\",\"external\":{\"url\":\"" + HOSTILE.get(id(6)) + "\"}}"));
    blocks.add(block(id(7), "audio", "{\"type\":\"external\",\"external\":{\"url\":\"" + HOSTILE.get(id(7)) + "\"}}"));
    blocks.add(block(id(8), "image", "{\"type\":\"external\",\"external\":{\"url\":\"" + HOSTILE.get(id(8)) + "\"}}"));
    blocks.add(block(id(9), "file", "{\"type\":\"external\",\"external\":{\"url\":\"" + HOSTILE.get(id(9))
        + "\"},\"name\":\"passwd\"}"));
    blocks.add(block(id(10), "pdf", "{\"type\":\"external\",\"external\":{\"url\":\"" + HOSTILE.get(id(10)) + "\"}}"));
    blocks.add(block(id(11), "bookmark", "{\"url\":\"" + HOSTILE.get(id(11)) + "\",\"caption\":[]}"));
    blocks.add(block(id(12), "embed", "{\"url\":\"https://www.youtube.com/watch?v=ok\",\"caption\":[]}"));
    blocks.add(block(id(13), "image", "{\"type\":\"external\",\"external\":{\"url\":\"https://images.example.com/ok.png\"}}"));
    return blocks;
  }

  private static NotionBlock block(String id, String type, String payload) {
    return new NotionBlock(id, type, false, NotionJson.parse(payload), List.of());
  }

  private static String run(String text, String url) {
    String link = url == null ? "null" : "{\"url\":\"" + url.replace("\t", "\\t") + "\"}";
    return "{\"type\":\"text\",\"text\":{\"content\":\"" + text + "\",\"link\":" + link + "},\"plain_text\":\"" + text
        + "\",\"href\":" + (url == null ? "null" : "\"" + url.replace("\t", "\\t") + "\"") + ",\"annotations\":{}}";
  }
}
