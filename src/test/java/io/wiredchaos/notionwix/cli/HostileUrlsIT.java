package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Hostile URLs typed into a Notion page, end to end through the sandbox: a text link, a bookmark, an embed, a
 * video, an image, a file, the cover, a files property and a url property. Nothing in the Wix item (walked whole)
 * carries a disallowed scheme; the run report names the page and every refused block; allowed URLs still arrive.
 */
class HostileUrlsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dataDir;

  @Test
  void noHostileUrlReachesTheSiteAndTheReportNamesEachOne() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO))) {
      sandbox.notion().addProperty("Website", "webs", "url");
      sandbox.wix().addField(Sandbox.COLLECTION, "website", "URL");
      Map<String, String> env = FastSandbox.env(sandbox);
      assertThat(CliRun.run(env, dataDir, "sync").exitCode()).isZero();
      ObjectNode before = managed(sandbox).getFirst();
      String page = before.path("notionPageId").asString();
      String title = before.path("title").asString();

      Map<String, String> hostileBlocks = new LinkedHashMap<>();
      hostileBlocks.put(sandbox.notion().appendBlock(page, "paragraph", payload("{\"rich_text\":["
          + run("click me", "JaVaScRiPt:alert(1)") + "," + run(" and this", "https://example.com/fine") + "]}")),
          "link");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "bookmark",
          payload("{\"url\":\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\",\"caption\":[]}")),
          "bookmark");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "embed",
          payload("{\"url\":\"vbscript:msgbox(1)\",\"caption\":[]}")), "embed");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "video", external("java\\tscript:alert(1)")), "video");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "image",
          external("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+")), "image");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "file", external("file:///etc/passwd")), "file");
      hostileBlocks.put(sandbox.notion().appendBlock(page, "bookmark",
          payload("{\"url\":\"//evil.example/x\",\"caption\":[]}")), "bookmark");
      sandbox.notion().appendBlock(page, "embed",
          payload("{\"url\":\"https://www.youtube.com/watch?v=fine\",\"caption\":[]}"));
      sandbox.notion().setCover(page, external(" javascript:alert('cover')"));
      sandbox.notion().setProperty(page, "Website", StringNode.valueOf("javascript&colon;alert('website')"));
      sandbox.notion().setProperty(page, "Hero Photo", JSON.readTree("[{\"name\":\"evil.png\",\"type\":\"external\","
          + "\"external\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}]"));

      CliRun.Result run = CliRun.run(env, dataDir, "sync", "--json");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      ObjectNode item = managed(sandbox).stream().filter(i -> i.path("notionPageId").asString().equals(page))
          .findFirst().orElseThrow();
      List<String> strings = new ArrayList<>();
      walk(item, strings);
      assertThat(strings).as("no value of the Wix item carries a disallowed scheme")
          .noneMatch(HostileUrlsIT::carriesADisallowedScheme);
      String content = item.path("content").toString();
      assertThat(content).contains("https://example.com/fine", "https://www.youtube.com/watch?v=fine", "click me",
          "[Notion bookmark not shown]", "[Notion video not shown]", "[Notion image not shown]",
          "[Notion file not shown]", "[Notion embed not shown]");
      assertThat(item.path("website").isMissingNode() || item.path("website").isNull()).isTrue();
      assertThat(item.path("coverImage").isMissingNode() || item.path("coverImage").isNull()).isTrue();
      assertThat(item.path("title").asString()).isEqualTo(title);

      List<String> warnings = new ArrayList<>();
      JSON.readTree(run.out()).path("warnings").forEach(w -> warnings.add(w.asString()));
      List<String> unsafe = warnings.stream().filter(w -> w.contains("UNSAFE_URL")).toList();
      assertThat(unsafe).as(String.join("\n", warnings)).allMatch(w -> w.contains(title));
      hostileBlocks.forEach((block, what) -> assertThat(unsafe).as("warning for the %s block %s", what, block)
          .anyMatch(w -> w.contains("(block " + block + ")")));
      assertThat(unsafe).anyMatch(w -> w.contains("cover image URL refused"))
          .anyMatch(w -> w.contains("property Website URL refused"))
          .anyMatch(w -> w.contains("file \"evil.png\" in property:heroPhoto URL refused"));
    }
  }

  private static List<ObjectNode> managed(Sandbox sandbox) {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId")).toList();
  }

  /** Case-insensitive, after dropping what browsers drop (whitespace and controls) and decoding entities. */
  static boolean carriesADisallowedScheme(String value) {
    String squeezed = value.replaceAll("[\\p{Cntrl}\\s\\p{Cf}]", "").replace("&colon;", ":")
        .toLowerCase(Locale.ROOT);
    return List.of("javascript:", "vbscript:", "data:", "file:", "//evil").stream().anyMatch(squeezed::contains);
  }

  private static void walk(JsonNode node, List<String> strings) {
    if (node.isString()) {
      strings.add(node.asString());
    }
    node.forEach(child -> walk(child, strings));
    node.properties().forEach(e -> strings.add(e.getKey()));
  }

  private static ObjectNode payload(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }

  private static ObjectNode external(String url) throws Exception {
    return payload("{\"type\":\"external\",\"external\":{\"url\":\"" + url + "\"},\"caption\":[]}");
  }

  private static String run(String text, String url) {
    return "{\"type\":\"text\",\"text\":{\"content\":\"" + text + "\",\"link\":{\"url\":\"" + url + "\"}},"
        + "\"plain_text\":\"" + text + "\",\"href\":\"" + url + "\",\"annotations\":{\"bold\":false,\"italic\":false,"
        + "\"strikethrough\":false,\"underline\":false,\"code\":false,\"color\":\"default\"}}";
  }
}
