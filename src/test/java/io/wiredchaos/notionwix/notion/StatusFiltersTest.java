package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.NotionVersion;
import io.wiredchaos.notionwix.mapping.PublishRule;
import io.wiredchaos.notionwix.mapping.StatusGroups;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A status group rule rendered for each version, and matched locally (upgrade guide 2026-12-01, "Status filters"). */
class StatusFiltersTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final NotionDataSource SCHEMA = new NotionDataSource("ds", "db", "t", Map.of("Status", JSON.readTree("""
      {"id":"stat","name":"Status","type":"status","status":{
        "options":[{"id":"o1","name":"Draft"},{"id":"o2","name":"Published"},{"id":"o3","name":"Archived"}],
        "groups":[{"name":"To-do","option_ids":["o1"]},{"name":"Complete","option_ids":["o2","o3"]}]}}""")));

  static JsonNode filter(String json) {
    return JSON.readTree(json);
  }

  @Test
  void equalsOnAGroupNameBecomesTheGroupOperatorSoThatTheNewestVersionStillMatches() {
    PublishRule rule = PublishRule.of(filter("{\"property\":\"Status\",\"status\":{\"equals\":\"Complete\"}}"), SCHEMA);
    assertThat(rule.queryFilter().toString()).isEqualTo(
        "{\"property\":\"Status\",\"status\":{\"group\":{\"equals\":\"Complete\"}}}");
    PublishRule option = PublishRule.of(filter("{\"property\":\"Status\",\"status\":{\"equals\":\"Draft\"}}"), SCHEMA);
    assertThat(option.queryFilter().toString()).contains("\"equals\":\"Draft\"").doesNotContain("group");
  }

  @Test
  void eachVersionGetsTheFormItUnderstands() {
    PublishRule rule = PublishRule.of(filter("{\"property\":\"Status\",\"status\":{\"group\":{\"equals\":\"Complete\"}}}"),
        SCHEMA);
    StatusGroups groups = rule.statusGroups();
    assertThat(StatusFilters.forVersion(rule.queryFilter(), NotionVersion.V2026_12_01, groups))
        .isEqualTo(rule.queryFilter());
    assertThat(StatusFilters.forVersion(rule.queryFilter(), NotionVersion.V2026_03_11, groups))
        .isEqualTo(rule.queryFilter());
    assertThat(StatusFilters.usesGroupOperators(rule.queryFilter())).as("2026-03-11 sends the beta").isTrue();
    assertThat(StatusFilters.forVersion(rule.queryFilter(), NotionVersion.V2025_09_03, groups).toString())
        .isEqualTo("{\"property\":\"Status\",\"status\":{\"equals\":[\"Published\",\"Archived\"]}}");
  }

  @Test
  void theGroupIsMatchedLocallyWithTheSchemasGroups() {
    PublishRule rule = PublishRule.of(filter("{\"property\":\"stat\",\"status\":{\"group\":{\"equals\":\"Complete\"}}}"),
        SCHEMA);
    assertThat(rule.test(page("Archived"))).isTrue();
    assertThat(rule.test(page("Published"))).isTrue();
    assertThat(rule.test(page("Draft"))).isFalse();
  }

  static NotionPage page(String status) {
    return new NotionPage("p", null, null, false, null, null, null, null, Map.of("Status", JSON.readTree(
        "{\"id\":\"stat\",\"type\":\"status\",\"status\":{\"name\":\"" + status + "\"}}")));
  }
}
