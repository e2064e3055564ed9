package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The per-version contract fixtures (contract/notion-versions/README.md) replayed against the sandbox. */
class NotionVersionContractTest {

  static final List<String> FIXTURES = List.of("page-2025-09-03.json", "page-2026-03-11.json", "page-2026-12-01.json",
      "query-2025-09-03.json", "query-2026-03-11.json", "query-2026-12-01-title-only.json",
      "query-2026-12-01-filter-properties.json", "error-400-unknown-version.json",
      "error-400-group-operator-2025-09-03.json");

  static Sandbox sandbox;
  static SandboxCalls calls;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
    calls = new SandboxCalls(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Stream<String> fixtures() {
    return FIXTURES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureHolds(String name) throws IOException {
    JsonNode fixture;
    try (InputStream in = getClass().getResourceAsStream("/contract/notion-versions/" + name)) {
      fixture = SandboxCalls.JSON.readTree(in);
    }
    String path = fixture.path("path").asString().replace("{page0}", sandbox.notion().pageIds().getFirst())
        .replace("{dataSource}", SeedContent.DATA_SOURCE_ID);
    JsonNode body = fixture.has("body") ? fixture.get("body") : null;
    SandboxCalls.Answer answer = calls.send(sandbox.notionBaseUrl() + path, fixture.path("method").asString(), body,
        Map.of("Notion-Version", fixture.path("version").asString(), "Authorization", "Bearer " + Sandbox.NOTION_TOKEN));
    assertThat(answer.status()).as(name + ": " + answer.json()).isEqualTo(fixture.path("status").asInt());
    fixture.path("present").forEach(p -> assertThat(answer.json().at(p.asString()).isMissingNode())
        .as(name + " has " + p).isFalse());
    fixture.path("absent").forEach(p -> assertThat(answer.json().at(p.asString()).isMissingNode())
        .as(name + " lacks " + p).isTrue());
    if (fixture.has("code")) {
      assertThat(answer.json().path("code").asString()).isEqualTo(fixture.path("code").asString());
    }
    if (fixture.has("rowProperties")) {
      List<String> expected = fixture.path("rowProperties").valueStream().map(JsonNode::asString).toList();
      assertThat(answer.json().path("results")).isNotEmpty().allSatisfy(row ->
          assertThat(row.path("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(expected));
    }
  }
}
