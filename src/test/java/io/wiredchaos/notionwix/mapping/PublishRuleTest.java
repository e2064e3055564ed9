package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PublishRuleTest {

  private static NotionDataSource schema(String json) {
    Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
    NotionJson.parse(json).properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new NotionDataSource("ds", "db", "Posts", properties);
  }

  private static NotionPage page(boolean trashed, String propertiesJson) {
    Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
    NotionJson.parse(propertiesJson).properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new NotionPage("2a7104cd-477e-8123-b1aa-f00d00000001", Instant.EPOCH, Instant.EPOCH, trashed, null, null,
        null, null, properties);
  }

  @Test
  void statusPropertyEqualToPublished() {
    PublishRule rule = PublishRule.defaults(schema("""
        {"Status":{"id":"st%40t","name":"Status","type":"status"},"Published":{"id":"pb","type":"checkbox"}}"""));
    assertThat(rule.queryFilter().toString()).isEqualTo("{\"property\":\"st%40t\",\"status\":{\"equals\":\"Published\"}}");
    assertThat(rule.test(page(false, "{\"Status\":{\"id\":\"st%40t\",\"type\":\"status\",\"status\":{\"name\":\"Published\"}}}"))).isTrue();
    assertThat(rule.test(page(false, "{\"Status\":{\"id\":\"st%40t\",\"type\":\"status\",\"status\":{\"name\":\"Draft\"}}}"))).isFalse();
    assertThat(rule.test(page(false, "{\"Renamed\":{\"id\":\"st%40t\",\"type\":\"status\",\"status\":{\"name\":\"Published\"}}}")))
        .as("found by id after a rename").isTrue();
    assertThat(rule.test(page(false, "{\"Status\":{\"id\":\"st%40t\",\"type\":\"status\",\"status\":null}}"))).isFalse();
    assertThat(rule.test(page(true, "{\"Status\":{\"id\":\"st%40t\",\"type\":\"status\",\"status\":{\"name\":\"Published\"}}}")))
        .as("trashed pages never").isFalse();
  }

  @Test
  void statusAsSelect() {
    PublishRule rule = PublishRule.defaults(schema("{\"status\":{\"id\":\"s1\",\"type\":\"select\"}}"));
    assertThat(rule.queryFilter().toString()).isEqualTo("{\"property\":\"s1\",\"select\":{\"equals\":\"Published\"}}");
    assertThat(rule.test(page(false, "{\"status\":{\"id\":\"s1\",\"type\":\"select\",\"select\":{\"name\":\"Published\"}}}"))).isTrue();
  }

  @Test
  void publishedCheckboxWhenNoStatus() {
    PublishRule rule = PublishRule.defaults(schema("{\"Published\":{\"id\":\"pb\",\"type\":\"checkbox\"},\"Status\":{\"id\":\"x\",\"type\":\"rich_text\"}}"));
    assertThat(rule.queryFilter().toString()).isEqualTo("{\"property\":\"pb\",\"checkbox\":{\"equals\":true}}");
    assertThat(rule.test(page(false, "{\"Published\":{\"id\":\"pb\",\"type\":\"checkbox\",\"checkbox\":true}}"))).isTrue();
    assertThat(rule.test(page(false, "{\"Published\":{\"id\":\"pb\",\"type\":\"checkbox\",\"checkbox\":false}}"))).isFalse();
  }

  @Test
  void everyPageWhenNeither() {
    PublishRule rule = PublishRule.defaults(schema("{\"Name\":{\"id\":\"title\",\"type\":\"title\"}}"));
    assertThat(rule.queryFilter()).isNull();
    assertThat(rule.test(page(false, "{}"))).isTrue();
    assertThat(rule.test(page(true, "{}"))).isFalse();
  }

  @Test
  void compoundFiltersFromTheMappingFile() {
    PublishRule rule = new PublishRule(NotionJson.parse("""
        {"or":[{"property":"Tags","multi_select":{"contains":"web"}},
               {"and":[{"property":"Title","rich_text":{"is_not_empty":true}},{"property":"N","number":{"equals":3}}]}]}"""));
    assertThat(rule.test(page(false, "{\"Tags\":{\"type\":\"multi_select\",\"multi_select\":[{\"name\":\"web\"}]}}"))).isTrue();
    assertThat(rule.test(page(false, """
        {"Tags":{"type":"multi_select","multi_select":[]},"Title":{"type":"rich_text","rich_text":[{"plain_text":"x"}]},
         "N":{"type":"number","number":3}}"""))).isTrue();
    assertThat(rule.test(page(false, """
        {"Tags":{"type":"multi_select","multi_select":[]},"Title":{"type":"rich_text","rich_text":[]},
         "N":{"type":"number","number":3}}"""))).isFalse();
  }
}
