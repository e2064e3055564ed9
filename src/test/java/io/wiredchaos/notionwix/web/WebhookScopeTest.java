package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.NotionSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which events concern the synced database (notion.md §9.4 parents), on the rules {@link WebhookScope} states. */
class WebhookScopeTest {

  static final String DB = "248104cd-477e-80fd-b757-e945d38000bd";
  static final String DS = "25c104cd-477e-8047-836b-000b4aa4bc94";
  static final String OTHER_DB = "7b3c9e2a-41d5-4f08-9a6e-2c1d8f0b5e71";
  static final String OTHER_DS = "d4e8a1f2-6b7c-4d3e-8f9a-0b1c2d3e4f50";
  static final String PAGE = "2a7104cd-477e-8123-b1aa-f00d00000001";

  static WebhookScope scope(String database, String dataSource) {
    return new WebhookScope(new NotionSettings("t", database, dataSource, URI.create("http://localhost"),
        "2025-09-03", 3, null, null, "/"));
  }

  static WebhookEvent page(String type, String parentType, String parentId, String rowDataSource) {
    return new WebhookEvent("e", type, PAGE, "page", parentType, parentId, rowDataSource);
  }

  @Test
  void aRowOfTheSyncedDatabaseIsKeptWhateverFormTheIdsTake() {
    WebhookScope scope = scope("https://www.notion.so/acme/Blog-" + DB.replace("-", "") + "?v=1", null);
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", "database", DB, DS))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.created", "database", DB.toUpperCase(), null))).isTrue();
  }

  @Test
  void pagesElsewhereInTheWorkspaceAreDropped() {
    WebhookScope scope = scope(DB, null);
    assertThat(scope.concernsSyncedSource(page("page.content_updated", "database", OTHER_DB, OTHER_DS))).isFalse();
    assertThat(scope.concernsSyncedSource(page("page.content_updated", "page", PAGE, null))).isFalse();
    assertThat(scope.concernsSyncedSource(page("page.deleted", "workspace", null, null))).isFalse();
    assertThat(scope.concernsSyncedSource(page("page.created", "block", PAGE, null))).isFalse();
  }

  @Test
  void anotherDataSourceOfTheSameDatabaseIsDroppedWhenOneIsConfigured() {
    WebhookScope scope = scope(DB, DS);
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", "database", DB, OTHER_DS))).isFalse();
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", "database", DB, DS))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", "data_source", DS, null))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", "data_source", OTHER_DS, null))).isFalse();
  }

  @Test
  void aDataSourceParentCountsOnceAnEventTiedItToTheDatabase() {
    WebhookScope scope = scope(DB, null);
    assertThat(scope.concernsSyncedSource(page("page.created", "data_source", DS, null))).isFalse();
    assertThat(scope.concernsSyncedSource(page("page.created", "database", DB, DS))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.created", "data_source", DS, null))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.created", "data_source", OTHER_DS, null))).isFalse();
  }

  @Test
  void eventsWithoutAParentAndMovesAreKept() {
    WebhookScope scope = scope(DB, null);
    assertThat(scope.concernsSyncedSource(page("page.properties_updated", null, null, null))).isTrue();
    assertThat(scope.concernsSyncedSource(page("page.moved", "page", PAGE, null)))
        .as("a row moved out of the database names its new parent only").isTrue();
  }

  @Test
  void dataSourceAndDatabaseEventsAreOursOnlyForTheSyncedOnes() {
    WebhookScope scope = scope(DB, null);
    assertThat(scope.concernsSyncedSource(new WebhookEvent("e", "data_source.schema_updated", DS, "data_source",
        "database", DB, null))).isTrue();
    assertThat(scope.concernsSyncedSource(new WebhookEvent("e", "data_source.schema_updated", OTHER_DS,
        "data_source", "database", OTHER_DB, null))).isFalse();
    assertThat(scope.concernsSyncedSource(new WebhookEvent("e", "database.deleted", DB, "database", "page", PAGE,
        null))).isTrue();
    assertThat(scope.concernsSyncedSource(new WebhookEvent("e", "database.deleted", OTHER_DB, "database", "page",
        PAGE, null))).isFalse();
  }

  @Test
  void withoutAValidDatabaseIdNothingCanBeToldApartAndEverythingIsKept() {
    assertThat(scope(null, null).concernsSyncedSource(page("page.created", "page", PAGE, null))).isTrue();
    assertThat(scope("not-an-id", null).concernsSyncedSource(page("page.created", "page", PAGE, null))).isTrue();
  }
}
