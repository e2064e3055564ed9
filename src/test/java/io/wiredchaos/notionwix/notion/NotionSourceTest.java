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
        .isInstanceOf(SyncFailure.class).hasMessageContaining("'not-a-page' is not a Notion id");
  }

  /**
   * A scoped run (webhook batch, {@code sync --only}) naming pages the integration hears of but must not sync: one
   * gone (404 object_not_found), one no longer shared (403 restricted_resource), one in another parent, one
   * trashed. Each is skipped with its reason; the real row is still listed. Before, the first 404 ended the run.
   */
  @Test
  void unreadableForeignAndTrashedPagesInOnlyAreSkippedWithAReasonAndTheRealRowIsListed() {
    source.prepare();
    NotionPage real = NotionJson.referencePages().getFirst();
    String realId = source.publishedPages(Set.of()).getFirst().pageId();
    notion.extra.put(FOREIGN, withParent(real, FOREIGN, "{\"type\":\"page_id\",\"page_id\":\"" + real.id() + "\"}"));
    NotionPage trashed = withParent(real, TRASHED, real.parent().toString());
    notion.extra.put(TRASHED, new NotionPage(trashed.id(), trashed.createdTime(), trashed.lastEditedTime(), true,
        trashed.url(), trashed.parent(), trashed.cover(), trashed.icon(), trashed.properties()));
    notion.failing.put(GONE, 404);
    notion.failing.put(HIDDEN, 403);

    List<SourcePage> rows = source.publishedPages(new java.util.LinkedHashSet<>(List.of(
        GONE.replace("-", ""), realId, HIDDEN, FOREIGN, TRASHED)));

    assertThat(rows).extracting(SourcePage::pageId).containsExactly(realId);
    assertThat(source.skipped()).extracting(s -> s.pageId() + " " + s.reason()).containsExactlyInAnyOrder(
        GONE + " not found or not shared with the integration (Notion 404 object_not_found)",
        HIDDEN + " not readable by the integration (Notion 403 restricted_resource)",
        FOREIGN + " not a row of the synced data source",
        TRASHED + " in the Notion trash");
    source.publishedPages(Set.of());
    assertThat(source.skipped()).as("a full listing skips nothing").isEmpty();
  }

  @Test
  void anotherFailureOfANamedPageStillEndsTheRun() {
    source.prepare();
    notion.failing.put(GONE, 401);
    assertThatThrownBy(() -> source.publishedPages(Set.of(GONE))).isInstanceOf(SyncFailure.class)
        .hasMessageContaining("401");
  }

  static final String GONE = "0badbeef-0000-4000-8000-000000000404";
  static final String HIDDEN = "0badbeef-0000-4000-8000-000000000403";
  static final String FOREIGN = "0badbeef-0000-4000-8000-00000000f00e";
  static final String TRASHED = "0badbeef-0000-4000-8000-00000000dead";

  static NotionPage withParent(NotionPage page, String id, String parent) {
    return new NotionPage(id, page.createdTime(), page.lastEditedTime(), page.inTrash(), page.url(),
        NotionJson.parse(parent), page.cover(), page.icon(), page.properties());
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

    final java.util.Map<String, NotionPage> extra = new java.util.HashMap<>();
    final java.util.Map<String, Integer> failing = new java.util.HashMap<>();

    /** As the wired port answers: the remote failure translated, with the typed one as its cause. */
    public NotionPage retrievePage(String pageId) {
      Integer status = failing.get(pageId);
      if (status != null) {
        String code = switch (status) {
          case 404 -> "object_not_found";
          case 403 -> "restricted_resource";
          default -> "unauthorized";
        };
        var remote = new io.wiredchaos.notionwix.remote.RemoteApiException.NotFound(
            new io.wiredchaos.notionwix.remote.ErrorDetail(io.wiredchaos.notionwix.remote.Api.NOTION, status, code,
                null, null), io.wiredchaos.notionwix.remote.FailureKind.DATA, "Notion answered " + status + " " + code);
        throw new SyncFailure(io.wiredchaos.notionwix.sync.FailureKind.DATA, remote.getMessage(), remote);
      }
      if (extra.containsKey(pageId)) {
        return extra.get(pageId);
      }
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
