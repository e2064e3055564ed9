package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One example of {@code contract/manifest.json} replayed against its own fresh sandbox. */
final class ContractReplay implements AutoCloseable {

  private static final Pattern PREVIOUS = Pattern.compile("\\{prev:([^}]*)}");
  private final String file;
  private final JsonNode entry;
  private final JsonNode setups;
  private final JsonNode example;
  private final Sandbox sandbox;
  private final SandboxCalls calls;

  ContractReplay(String file, JsonNode entry, JsonNode setups) {
    this.file = file;
    this.entry = entry;
    this.setups = setups;
    this.example = ContractExamples.read(file);
    SandboxOptions options = SandboxOptions.fast();
    this.sandbox = Sandbox.start(entry.has("queryCap") ? options.withQueryCap(entry.path("queryCap").asInt())
        : options);
    this.calls = new SandboxCalls(sandbox);
  }

  void run(String role) {
    JsonNode previous = null;
    for (JsonNode step : setups.path(entry.path("setup").asString("none"))) {
      SandboxCalls.Answer answer = call(step, previous, null);
      assertThat(answer.status()).as("setup %s %s for %s", step.path("method").asString(),
          step.path("path").asString(), file).isBetween(200, 299);
      previous = answer.json();
    }
    JsonNode fault = entry.path("fault");
    if (fault.isObject()) {
      sandbox.faults().failNext(fault.path("side").asString(), fault.path("path").asString(),
          fault.path("status").asInt(), 1);
    }
    SandboxCalls.Answer answer = call(entry, previous, role.equals("request") ? "@self" : null);
    int status = entry.path("status").asInt(200);
    assertThat(answer.status()).as("%s: status of %s %s (body %s)", file, entry.path("method").asString(),
        entry.path("path").asString(), new String(answer.bytes())).isEqualTo(status);
    switch (role) {
      case "request" -> expectations(answer.json());
      case "response" -> assertThat(JsonShape.mismatches(example, answer.json(), absent()))
          .as("%s: shape of the sandbox's answer", file).isEmpty();
      case "headers" -> headers(answer);
      case "nested" -> nested(answer.json());
      default -> throw new AssertionError("unknown role " + role + " for " + file);
    }
  }

  private SandboxCalls.Answer call(JsonNode step, JsonNode previous, String defaultBody) {
    String path = resolve(step.path("path").asString(), previous);
    JsonNode bodySpec = step.has("body") ? step.get("body") : defaultBody == null ? null
        : JsonNodeFactory.instance.stringNode(defaultBody);
    Object body = bodySpec == null ? null : "!oversized".equals(bodySpec.asString(null)) ? oversized()
        : step == entry ? patch(expand(bodySpec), previous) : expand(bodySpec);
    return calls.side(step.path("side").asString(), step.path("method").asString(), path, body);
  }

  private JsonNode expand(JsonNode spec) {
    if (spec.isString() && spec.asString().startsWith("@")) {
      String name = spec.asString().substring(1);
      return name.equals("self") ? example.deepCopy() : ContractExamples.read(name);
    }
    if (spec.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      spec.properties().forEach(e -> out.set(e.getKey(), expand(e.getValue())));
      return out;
    }
    if (spec.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      spec.forEach(v -> out.add(expand(v)));
      return out;
    }
    return spec;
  }

  private JsonNode patch(JsonNode body, JsonNode previous) {
    entry.path("patch").properties().forEach(p -> {
      int cut = p.getKey().lastIndexOf('/');
      ((ObjectNode) body.at(p.getKey().substring(0, cut))).put(p.getKey().substring(cut + 1),
          resolve(p.getValue().asString(), previous));
    });
    return body;
  }

  private String resolve(String text, JsonNode previous) {
    String out = text.replace("{database}", SeedContent.DATABASE_ID)
        .replace("{dataSource}", SeedContent.DATA_SOURCE_ID).replace("{page0}", SeedIds.of("page-0"))
        .replace("{page3}", SeedIds.of("page-3")).replace("{missing}", "25c104cd-477e-8047-836b-000b4aa4bc94");
    Matcher m = PREVIOUS.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = previous == null ? "" : previous.at(m.group(1)).asString("");
      assertThat(value).as("%s: %s in the setup's answer", file, m.group(1)).isNotEmpty();
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A bulk save over the request-size limit (wix.md §2.4: 413 WDE0109). */
  private JsonNode oversized() {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("dataCollectionId", "notion-pages");
    ArrayNode items = body.putArray("dataItems");
    String text = "x".repeat(400_000);
    for (int i = 0; i < 21; i++) {
      items.addObject().put("id", "big-" + i).putObject("data").put("_id", "big-" + i).put("title", text);
    }
    return body;
  }

  private void expectations(JsonNode answer) {
    entry.path("expect").properties().forEach(e -> assertThat(answer.at(e.getKey()))
        .as("%s: %s of the answer", file, e.getKey()).isEqualTo(e.getValue()));
  }

  private Set<String> absent() {
    Set<String> paths = new HashSet<>();
    entry.path("absent").propertyNames().forEach(paths::add);
    return paths;
  }

  private void headers(SandboxCalls.Answer answer) {
    Set<String> absent = absent();
    example.path("headers").propertyNames().stream().filter(h -> !absent.contains(h)).forEach(h ->
        assertThat(answer.header(h)).as("%s: header %s", file, h).isNotNull());
    assertThat(answer.header("Retry-After")).as("Retry-After is whole seconds").matches("\\d+");
    assertThat(answer.header("Content-Type")).startsWith("application/json");
  }

  /**
   * Every block under page 0 that has children: its children answer has what the example's children answers have
   * in common (block-children-nested.json maps parent block id to such an answer).
   */
  private void nested(JsonNode top) {
    JsonNode common = JsonShape.common(iterable(example));
    Deque<JsonNode> parents = new ArrayDeque<>();
    top.path("results").forEach(parents::add);
    int compared = 0;
    while (!parents.isEmpty()) {
      JsonNode block = parents.pop();
      String type = block.path("type").asString();
      if (!block.path("has_children").asBoolean() || type.equals("child_page") || type.equals("child_database")) {
        continue;
      }
      SandboxCalls.Answer children = calls.notion("GET", "/v1/blocks/" + block.path("id").asString()
          + "/children", null);
      assertThat(children.status()).as("children of %s block %s", type, block.path("id").asString())
          .isEqualTo(200);
      assertThat(JsonShape.mismatches(common, children.json(), absent()))
          .as("%s: children of a %s block", file, type).isEmpty();
      children.json().path("results").forEach(parents::add);
      compared++;
    }
    assertThat(compared).as("blocks with children under page 0").isPositive();
  }

  private static List<JsonNode> iterable(JsonNode object) {
    List<JsonNode> values = new ArrayList<>();
    object.forEach(values::add);
    return values;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
