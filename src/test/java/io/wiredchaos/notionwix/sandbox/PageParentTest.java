package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v1/pages} parents under 2025-09-03 (notion.md §1.2 "Page parent", §1.5): a data source is always
 * accepted; a database only when it has a single data source; the run-log database has two.
 */
class PageParentTest {

  private static JsonNode page(String parentType, String parentId) {
    return SandboxCalls.JSON.readTree("""
        {"parent":{"type":"%s","%s":"%s"},
         "properties":{"title":{"title":[{"type":"text","text":{"content":"sync run"}}]}}}"""
        .formatted(parentType, parentType, parentId));
  }

  @Test
  void aDatabaseParentWithSeveralDataSourcesIsRefusedAndListsThem() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      SandboxCalls.Answer answer = new SandboxCalls(sandbox).notion("POST", "/v1/pages",
          page("database_id", Sandbox.LOG_DATABASE_ID));
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().path("code").asString()).isEqualTo("validation_error");
      JsonNode details = answer.json().path("additional_data");
      assertThat(details.path("error_type").asString()).isEqualTo("multiple_data_sources_for_database");
      assertThat(details.path("child_data_source_ids").valueStream().map(JsonNode::asString))
          .containsExactlyElementsOf(Sandbox.LOG_DATA_SOURCE_IDS);
      assertThat(sandbox.logPages()).isEmpty();
    }
  }

  @Test
  void aDataSourceParentIsAcceptedAndTheDatabaseListsItsDataSources() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      JsonNode database = calls.notion("GET", "/v1/databases/" + Sandbox.LOG_DATABASE_ID, null).json();
      assertThat(database.path("data_sources").valueStream().map(ds -> ds.path("id").asString()))
          .containsExactlyElementsOf(Sandbox.LOG_DATA_SOURCE_IDS);
      SandboxCalls.Answer answer = calls.notion("POST", "/v1/pages",
          page("data_source_id", Sandbox.LOG_DATA_SOURCE_IDS.getFirst()));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(sandbox.logPages()).singleElement().satisfies(p ->
          assertThat(p.path("parent").path("data_source_id").asString())
              .isEqualTo(Sandbox.LOG_DATA_SOURCE_IDS.getFirst()));
    }
  }

  @Test
  void aSingleSourceDatabaseParentIsStillAcceptedAndUnknownParentsAreNotFound() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      SandboxCalls calls = new SandboxCalls(sandbox);
      assertThat(calls.notion("POST", "/v1/pages", page("database_id", SeedContent.DATABASE_ID)).status())
          .isEqualTo(200);
      assertThat(calls.notion("POST", "/v1/pages", page("database_id", SeedIds.of("nowhere"))).status())
          .isEqualTo(404);
      assertThat(calls.notion("POST", "/v1/pages", page("data_source_id", SeedIds.of("nowhere"))).status())
          .isEqualTo(404);
    }
  }
}
