package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seeding from a JSON body or file (docs/examples/sandbox-seed.json) and resetting to the built-in seed. */
class SeedAndResetTest {

  static final Path EXAMPLE = Path.of("docs/examples/sandbox-seed.json");
  private static final String QUERY = "/v1/data_sources/" + SeedContent.DATA_SOURCE_ID + "/query";
  private final Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
  private final SandboxCalls calls = new SandboxCalls(sandbox);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void theDocumentedExampleSeedsBothSides() throws Exception {
    SandboxCalls.Answer seeded = calls.side("admin", "POST", "/_sandbox/seed", Files.readAllBytes(EXAMPLE));
    assertThat(seeded.status()).as(new String(seeded.bytes())).isEqualTo(200);
    assertThat(seeded.json().path("pages").asInt()).isEqualTo(3);

    JsonNode rows = calls.notion("POST", QUERY, SandboxCalls.JSON.readTree("{\"filter\":{\"property\":\"Status\","
        + "\"status\":{\"equals\":\"Published\"}}}")).json();
    assertThat(rows.path("results")).extracting(r -> r.at("/properties/Name/title/0/plain_text").asString())
        .containsExactlyInAnyOrder("Night buses and the people who drive them", "A map of every all-night bakery");
    String bus = "3f1d2c4b-5a69-4e87-9d10-2b3c4d5e6f70";
    JsonNode page = calls.notion("GET", "/v1/pages/" + bus, null).json();
    assertThat(page.at("/properties/Slug/rich_text/0/plain_text").asString()).isEqualTo("night-buses");
    assertThat(page.at("/properties/Tags/multi_select/1/name").asString()).isEqualTo("Culture");
    assertThat(page.at("/properties/Publish Date/date/start").asString()).isEqualTo("2026-11-01");
    assertThat(page.at("/properties/Author/people/0/name").asString()).isEqualTo("Lin Vega");
    assertThat(page.at("/properties/Featured/checkbox").asBoolean()).isTrue();
    assertThat(page.at("/properties/Related/relation/0/id").asString())
        .isEqualTo("8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d");
    assertThat(page.at("/cover/external/url").asString()).endsWith("night-bus.jpg");

    JsonNode blocks = calls.notion("GET", "/v1/blocks/" + bus + "/children", null).json().path("results");
    assertThat(blocks).extracting(b -> b.path("type").asString()).containsExactly("heading_2", "paragraph",
        "bulleted_list_item", "to_do", "quote", "code", "image", "divider", "callout");
    assertThat(blocks.get(2).path("has_children").asBoolean()).isTrue();
    assertThat(blocks.get(3).at("/to_do/checked").asBoolean()).isTrue();
    assertThat(blocks.get(5).at("/code/language").asString()).isEqualTo("java");
    assertThat(blocks.get(8).at("/callout/icon/emoji").asString()).isEqualTo("🚌");
    JsonNode nested = calls.notion("GET", "/v1/blocks/" + blocks.get(2).path("id").asString() + "/children", null)
        .json();
    assertThat(nested.at("/results/0/bulleted_list_item/rich_text/0/plain_text").asString()).isEqualTo("or a card");

    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).extracting(i -> i.path("title").asString())
        .containsExactly("About WIRED CHAOS");
  }

  @Test
  void aBadSeedIs400AndChangesNothingAndResetRestoresTheBuiltInSeed() {
    SandboxCalls.Answer bad = calls.side("admin", "POST", "/_sandbox/seed",
        "{\"pages\":[{\"title\":\"ok\"},{\"title\":\"x\",\"blocks\":[{\"marquee\":\"no\"}]}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").asString()).contains("page 1").contains("marquee");
    assertThat(calls.side("admin", "POST", "/_sandbox/seed", "{not json").status()).isEqualTo(400);
    assertThat(sandbox.notion().pageIds()).hasSize(SeedContent.PAGES);

    calls.side("admin", "POST", "/_sandbox/seed", "{\"pages\":[{\"title\":\"Only one\"}],\"wixItems\":[]}");
    calls.wix("POST", "/wix-data/v2/items", SandboxCalls.JSON.readTree("{\"dataCollectionId\":\"NotionPages\","
        + "\"dataItem\":{\"id\":\"x\",\"data\":{\"title\":\"x\"}}}"));
    assertThat(sandbox.notion().pageIds()).hasSize(1);
    assertThat(calls.side("admin", "POST", "/_sandbox/reset", null).status()).isEqualTo(200);
    assertThat(sandbox.notion().pageIds()).hasSize(SeedContent.PAGES);
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).hasSize(2);
    assertThat(sandbox.requestLog().entries()).as("reset empties the request log").isEmpty();
    assertThat(calls.notion("GET", "/v1/blocks/" + SeedIds.of("page-2") + "/children", null).json()
        .path("results")).hasSize(100);
  }

  @Test
  void seedFromAFileNamesWhatIsWrong() throws Exception {
    Path broken = Files.createTempFile("seed", ".json");
    Files.writeString(broken, "{\"pages\": 3}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sandbox.seed(broken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"pages\" array");
    sandbox.seed(EXAMPLE);
    assertThat(sandbox.notion().pageIds()).hasSize(3);
    Files.delete(broken);
  }
}
