package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.mapping.NotionJson;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.sync.DesiredItem;
import io.wiredchaos.notionwix.sync.SourcePage;
import io.wiredchaos.notionwix.sync.SourceSchema;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The source on the reference payloads (notion-examples), through a fake of the Notion reads. */
class NotionSourceTest {

  final FakeNotion notion = new FakeNotion();
  final NotionSource source = new NotionSource(notion, new NotionSettings("token", "db-id", null,
      URI.create("http://localhost"), "2025-09-03", 3, null, null, "/articles/"),
      MappingResolver.defaults("NotionPages"));

  @Test
  void prepareReportsTheFieldsItemsCarryAndAStableFingerprint() {
    SourceSchema first = source.prepare();
    assertThat(first.fields()).containsKeys("title", "slug", "content", "notionPageId", "syncHash",
        "notionLastEdited");
    assertThat(first.fields().get("content")).isEqualTo("RICH_CONTENT");
    assertThat(source.prepare().fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void onlyPublishedPagesAreListedWithTitlesAndCanonicalIds() {
    source.prepare();
    List<SourcePage> rows = source.publishedPages(Set.of());
    List<NotionPage> all = NotionJson.referencePages();
    assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(all.size());
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.pageId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(row.title()).isNotBlank();
    });
    assertThat(notion.queriedFilter).as("the publish filter is sent to Notion").isNotNull();
  }

  @Test
  void loadingAPageReadsItsBodyAndMapsIt() {
    source.prepare();
    SourcePage row = source.publishedPages(Set.of()).getFirst();
    DesiredItem item = source.load(row);
    assertThat(notion.bodyReads).containsExactly(row.pageId());
    assertThat(item.data()).containsEntry("notionPageId", row.pageId()).containsKey("content");
    assertThat(item.syncHash()).isEqualTo(item.data().get("syncHash"));
  }

  @Test
  void anInvalidPageIdInOnlyIsAClearConfigurationError() {
    source.prepare();
    assertThatThrownBy(() -> source.publishedPages(Set.of("not-a-page")))
        .isInstanceOf(SyncFailure.class).hasMessageContaining("\"not-a-page\" is not a Notion page id");
  }

  @Test
  void aFreshUrlIsFoundInTheRereadBlockBySourceKey() {
    String fresh = "https://prod-files-secure.s3.us-west-2.amazonaws.com/ws/img/photo.png?X-Amz-Signature=new";
    JsonNode block = NotionJson.parse("{\"id\":\"b-1\",\"type\":\"image\",\"image\":{\"type\":\"file\","
        + "\"file\":{\"url\":\"" + fresh + "\",\"expiry_time\":\"2026-11-25T10:00:00Z\"}}}");
    assertThat(FreshUrls.find(block, "prod-files-secure.s3.us-west-2.amazonaws.com/ws/img/photo.png"))
        .contains(fresh);
    assertThat(FreshUrls.find(block, "prod-files-secure.s3.us-west-2.amazonaws.com/ws/img/other.png")).isEmpty();
  }

  /** The reference data source and pages, as a Notion that answers from memory. */
  static final class FakeNotion implements NotionReads {
    JsonNode queriedFilter;
    java.util.List<String> queriedProperties;
    final List<String> bodyReads = new ArrayList<>();

    public NotionDataSource resolveDataSource(String databaseIdOrUrl, String dataSourceId) {
      return NotionJson.referenceDataSource();
    }

    public void queryPages(String dataSourceId, JsonNode filter, java.util.List<String> properties,
        Consumer<NotionPage> sink) {
      queriedFilter = filter;
      queriedProperties = properties;
      NotionJson.referencePages().forEach(sink);
    }

    public NotionPage retrievePage(String pageId) {
      return NotionJson.referencePages().stream().filter(p -> p.id().equals(pageId)).findFirst().orElseThrow();
    }

    public List<NotionBlock> fetchBody(String pageId) {
      bodyReads.add(pageId);
      return NotionJson.referenceBody();
    }

    public JsonNode retrieveBlock(String blockId) {
      return NotionJson.parse("{}");
    }
  }
}
