package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The sandbox answers as each request's Notion-Version says (docs/notion-versions.md, the upgrade guides). */
class SandboxVersionsTest {

  static Sandbox sandbox;
  static SandboxCalls calls;
  static final String QUERY = "/v1/data_sources/" + SeedContent.DATA_SOURCE_ID + "/query";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
    calls = new SandboxCalls(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static SandboxCalls.Answer call(String version, String method, String path, String body, String... headers) {
    Map<String, String> all = new HashMap<>(Map.of("Authorization", "Bearer " + Sandbox.NOTION_TOKEN));
    if (version != null) {
      all.put("Notion-Version", version);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      all.put(headers[i], headers[i + 1]);
    }
    return calls.send(sandbox.notionBaseUrl() + path, method, body, all);
  }

  static List<String> propertyNames(JsonNode page) {
    return page.path("properties").propertyNames().stream().toList();
  }

  @Test
  void onTheNewestVersionAListWithoutFilterPropertiesCarriesOnlyTheTitle() {
    JsonNode bare = call("2026-12-01", "POST", QUERY, "{\"page_size\":5}").json();
    assertThat(bare.path("results")).hasSize(5).allSatisfy(page -> {
      assertThat(propertyNames(page)).containsExactly("Name");
      assertThat(page.path("id").asString()).isNotEmpty();
      assertThat(page.path("last_edited_time").asString()).isNotEmpty();
    });
    JsonNode asked = call("2026-12-01", "POST", QUERY + "?filter_properties=title&filter_properties=stat",
        "{\"page_size\":5}").json();
    assertThat(asked.path("results")).allSatisfy(page -> assertThat(propertyNames(page)).containsExactly("Name",
        "Status"));
    JsonNode docsForm = call("2026-12-01", "POST", QUERY + "?filter_properties%5B%5D=auth", "{\"page_size\":1}")
        .json();
    assertThat(propertyNames(docsForm.path("results").get(0))).containsExactly("Author");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-03", "2026-03-11"})
  void olderVersionsListEveryPropertyWithoutFilterProperties(String version) {
    JsonNode page = call(version, "POST", QUERY, "{\"page_size\":1}").json().path("results").get(0);
    assertThat(propertyNames(page)).contains("Name", "Status", "Author", "Tags", "Related");
  }

  @Test
  void archivedIsGoneFromAnswersAndRequestsSince20260311() {
    String page = "/v1/pages/" + sandbox.notion().pageIds().getFirst();
    assertThat(call("2025-09-03", "GET", page, null).json().has("archived")).isTrue();
    for (String version : List.of("2026-03-11", "2026-12-01")) {
      JsonNode answer = call(version, "GET", page, null).json();
      assertThat(answer.has("archived")).as(version).isFalse();
      assertThat(answer.has("in_trash")).as(version).isTrue();
      SandboxCalls.Answer refused = call(version, "POST", QUERY, "{\"archived\":false}");
      assertThat(refused.status()).as(version).isEqualTo(400);
      assertThat(refused.json().path("code").asString()).isEqualTo("validation_error");
    }
  }

  /** "Complete" is a group (Published, Archived) and no option. */
  @Test
  void statusEqualsMatchesAGroupNameOnlyBefore20261201() {
    String byGroupName = "{\"filter\":{\"property\":\"Status\",\"status\":{\"equals\":\"Complete\"}}}";
    assertThat(call("2025-09-03", "POST", QUERY, byGroupName).json().path("results")).hasSize(SeedContent.PUBLISHED);
    assertThat(call("2026-03-11", "POST", QUERY, byGroupName).json().path("results")).hasSize(SeedContent.PUBLISHED);
    assertThat(call("2026-12-01", "POST", QUERY, byGroupName).json().path("results")).isEmpty();
  }

  @Test
  void groupOperatorsNeedTheBetaOn20260311AndDoNotExistOn20250903() {
    String group = "{\"filter\":{\"property\":\"stat\",\"status\":{\"group\":{\"equals\":\"To-do\"}}}}";
    assertThat(call("2025-09-03", "POST", QUERY, group).status()).isEqualTo(400);
    assertThat(call("2026-03-11", "POST", QUERY, group).status()).isEqualTo(400);
    SandboxCalls.Answer beta = call("2026-03-11", "POST", QUERY, group, "Notion-Beta",
        "status-group-filters-2026-10-06");
    assertThat(beta.status()).isEqualTo(200);
    assertThat(beta.json().path("results")).isNotEmpty().allSatisfy(p ->
        assertThat(p.path("properties").path("Status").path("status").path("name").asString()).isEqualTo("Draft"));
    assertThat(call("2026-12-01", "POST", QUERY, group).json().path("results"))
        .hasSameSizeAs(beta.json().path("results"));
    SandboxCalls.Answer unknownBeta = call("2026-12-01", "POST", QUERY, group, "Notion-Beta", "made-up-beta");
    assertThat(unknownBeta.json().path("code").asString()).isEqualTo("invalid_beta");
  }

  @Test
  void statusEqualsTakesAListOfNames() {
    String list = "{\"filter\":{\"property\":\"Status\",\"status\":{\"equals\":[\"Draft\",\"Archived\"]}}}";
    assertThat(call("2025-09-03", "POST", QUERY, list).json().path("results")).isNotEmpty().allSatisfy(p ->
        assertThat(p.path("properties").path("Status").path("status").path("name").asString()).isEqualTo("Draft"));
  }

  @Test
  void aPersonWithoutANameIsNullOnlyOnTheNewestVersion() {
    String id = sandbox.notion().pageIds().get(3);
    sandbox.notion().setPersonName(id, "Author", null, null);
    try {
      JsonNode newest = call("2026-12-01", "GET", "/v1/pages/" + id, null).json();
      assertThat(newest.path("properties").path("Author").path("people").get(0).get("name").isNull()).isTrue();
      JsonNode older = call("2026-03-11", "GET", "/v1/pages/" + id, null).json();
      assertThat(older.path("properties").path("Author").path("people").get(0).get("name").asString()).isEmpty();
    } finally {
      sandbox.reset();
    }
  }

  @Test
  void versionsNotionDoesNotAcceptAreRefusedWithTheList() {
    SandboxCalls.Answer bogus = call("2024-01-01", "GET", "/v1/databases/" + SeedContent.DATABASE_ID, null);
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.json().path("code").asString()).isEqualTo("validation_error");
    assertThat(bogus.json().path("message").asString()).contains("\"2025-09-03\", \"2026-03-11\", or \"2026-12-01\"")
        .contains("instead was `2024-01-01`");
    assertThat(call(null, "GET", "/v1/databases/" + SeedContent.DATABASE_ID, null).json().path("code").asString())
        .isEqualTo("missing_version");
    assertThat(call("2022-06-28", "GET", "/v1/databases/" + SeedContent.DATABASE_ID, null).status()).isEqualTo(400);
  }
}
