package io.wiredchaos.notionwix.wix;

import static io.wiredchaos.notionwix.wix.WixFake.allSucceed;
import static io.wiredchaos.notionwix.wix.WixFake.body;
import static io.wiredchaos.notionwix.wix.WixFake.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.wix.api.BulkItemResult;
import io.wiredchaos.notionwix.wix.api.WixCollection;
import io.wiredchaos.notionwix.wix.api.WixItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WixClientTest {

  private static Map<String, Object> item(String id, String title) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("_id", id);
    data.put("title", title);
    return data;
  }

  @Test
  void queryFollowsTheCursorSendingFilterAndSortOnlyFirst() {
    AtomicInteger calls = new AtomicInteger();
    try (WixFake fake = new WixFake(request -> calls.incrementAndGet() == 1
        ? Response.json(200, resource("query-response.json"))
        : Response.json(200, """
            {"dataItems":[{"id":"x3","dataCollectionId":"NotionPages","data":{"_id":"x3","slug":"third"}}],
             "pagingMetadata":{"count":1,"cursors":{},"hasNext":false}}"""))) {
      List<WixItem> items = new ArrayList<>();
      JsonNode filter = WixFake.JSON.readTree("{\"notionPageId\":{\"$ne\":null}}");
      long count = fake.client.queryItems("NotionPages", filter, List.of("notionPageId", "syncHash"), items::add);
      assertThat(count).isEqualTo(3);
      assertThat(items).extracting(WixItem::id)
          .containsExactly("5d8a7c3e-1f2b-4c6d-9e8f-0a1b2c3d4e5f", "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "x3");
      assertThat(items.getFirst().data()).containsEntry("slug", "hello-from-notion");
      var first = fake.server.requests().getFirst();
      assertThat(first.path()).isEqualTo("/wix-data/v2/items/query");
      assertThat(first.header("Authorization")).isEqualTo(WixFake.KEY);
      assertThat(first.header("wix-site-id")).isEqualTo(WixFake.SITE);
      JsonNode query = body(first).path("query");
      assertThat(body(first).path("dataCollectionId").asString()).isEqualTo("NotionPages");
      assertThat(query.path("filter")).isEqualTo(filter);
      assertThat(query.path("sort").toString()).isEqualTo("[{\"fieldName\":\"_id\",\"order\":\"ASC\"}]");
      assertThat(query.path("fields").toString()).isEqualTo("[\"notionPageId\",\"syncHash\"]");
      assertThat(query.path("cursorPaging").path("limit").asInt()).isEqualTo(1000);
      JsonNode second = body(fake.server.requests().get(1)).path("query");
      assertThat(second.has("filter")).isFalse();
      assertThat(second.has("sort")).isFalse();
      assertThat(second.path("cursorPaging").path("cursor").asString())
          .isEqualTo("eyJmaWx0ZXIiOnsiJGFuZCI6W119LCJvZmZzZXQiOjJ9");
    }
  }

  @Test
  void queryDropsToTheCursorPageMaximumWhenTheCollectionAsks() {
    try (WixFake fake = new WixFake(request -> body(request).path("query").path("cursorPaging").path("limit").asInt()
        > 100
        ? Response.json(400, "{\"message\":\"'limit' cannot exceed 100\",\"details\":{\"applicationError\":"
            + "{\"code\":\"WDE0077\",\"description\":\"limit\"}}}")
        : Response.json(200, "{\"dataItems\":[],\"pagingMetadata\":{\"count\":0}}"))) {
      assertThat(fake.client.queryItems("NotionPages", null, List.of(), item -> { })).isZero();
      assertThat(fake.server.requests()).hasSize(2);
      assertThat(body(fake.server.requests().get(1)).path("query").path("cursorPaging").path("limit").asInt())
          .isEqualTo(100);
    }
  }

  @Test
  void bulkSaveReportsEachItemByOriginalIndex() {
    // the fixture's results, served in reverse order: correlation must use originalIndex, not position
    JsonNode fixture = WixFake.JSON.readTree(resource("bulk-save-response-partial-failure.json"));
    List<JsonNode> reversed = new ArrayList<>();
    fixture.path("results").forEach(r -> reversed.addFirst(r));
    String response = "{\"results\":" + reversed + ",\"bulkActionMetadata\":{\"totalSuccesses\":2,\"totalFailures\":1}}";
    try (WixFake fake = new WixFake(request -> Response.json(200, response))) {
      List<BulkItemResult> results = fake.client.bulkSave("NotionPages", List.of(
          item("5d8a7c3e-1f2b-4c6d-9e8f-0a1b2c3d4e5f", "Hello"), item("8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "New"),
          item("c0ffee00-0000-4000-8000-000000000003", "Duplicate slug")));
      assertThat(results).extracting(BulkItemResult::originalIndex).containsExactly(0, 1, 2);
      assertThat(results).extracting(BulkItemResult::success).containsExactly(true, true, false);
      assertThat(results.get(0).action()).isEqualTo("UPDATE");
      assertThat(results.get(1).action()).isEqualTo("INSERT");
      assertThat(results.get(2).errorCode()).isEqualTo("WDE0123");
      assertThat(results.get(2).itemId()).isEqualTo("c0ffee00-0000-4000-8000-000000000003");
      JsonNode sent = body(fake.server.requests().getFirst());
      assertThat(fake.server.requests().getFirst().path()).isEqualTo("/wix-data/v2/bulk/items/save");
      assertThat(sent.path("dataItems")).hasSize(3).allSatisfy(dataItem ->
          assertThat(dataItem.path("id").asString()).isEqualTo(dataItem.path("data").path("_id").asString()));
    }
  }

  @Test
  void bulkSaveChunksByCountAndKeepsGlobalIndexes() {
    try (WixFake fake = new WixFake(request -> Response.json(200, allSucceed(request, "INSERT")))) {
      List<Map<String, Object>> items = IntStream.range(0, 2500).mapToObj(i -> item("id-" + i, "t" + i)).toList();
      List<BulkItemResult> results = fake.client.bulkSave("NotionPages", items);
      assertThat(fake.server.requests()).extracting(r -> body(r).path("dataItems").size())
          .containsExactly(1000, 1000, 500);
      assertThat(results).hasSize(2500).allMatch(BulkItemResult::success);
      assertThat(results.get(1700).originalIndex()).isEqualTo(1700);
      assertThat(results.get(1700).itemId()).isEqualTo("id-1700");
    }
  }

  @Test
  void bulkSaveChunksBySizeAndRefusesOversizeItemsLocally() {
    try (WixFake fake = new WixFake(request -> Response.json(200, allSucceed(request, "UPDATE")))) {
      String big = "x".repeat(300_000);
      List<Map<String, Object>> items = new ArrayList<>();
      IntStream.range(0, 20).forEach(i -> items.add(item("big-" + i, big)));
      items.add(5, item("huge", "y".repeat(600_000)));
      List<BulkItemResult> results = fake.client.bulkSave("NotionPages", items);
      assertThat(fake.server.requests()).hasSize(2)
          .allSatisfy(r -> assertThat(r.body().length()).isLessThanOrEqualTo(BulkChunks.MAX_BYTES + 10_000));
      assertThat(results.get(5)).satisfies(r -> {
        assertThat(r.success()).isFalse();
        assertThat(r.errorCode()).isEqualTo("WDE0009");
      });
      assertThat(results).filteredOn(BulkItemResult::success).hasSize(20);
      assertThat(fake.server.requests()).noneMatch(r -> r.body().contains("\"huge\""));
    }
  }

  @Test
  void aChunkWixFindsTooLargeIsHalvedUntilItFits() {
    try (WixFake fake = new WixFake(request -> body(request).path("dataItems").size() > 2
        ? Response.json(413, "")
        : Response.json(200, allSucceed(request, "INSERT")))) {
      List<Map<String, Object>> items = IntStream.range(0, 5).mapToObj(i -> item("id-" + i, "t")).toList();
      List<BulkItemResult> results = fake.client.bulkSave("NotionPages", items);
      assertThat(results).extracting(BulkItemResult::itemId).containsExactly("id-0", "id-1", "id-2", "id-3", "id-4");
      assertThat(results).allMatch(BulkItemResult::success);
    }
  }

  @Test
  void bulkRemoveReportsPerItemAndMissingResults() {
    try (WixFake fake = new WixFake(request -> Response.json(200, """
        {"results":[{"action":"DELETE","itemMetadata":{"id":"a","originalIndex":0,"success":true}},
          {"action":"DELETE","itemMetadata":{"id":"c","originalIndex":2,"success":false,
            "error":{"code":"WDE0073","description":"Item c does not exist"}}}],
         "bulkActionMetadata":{"totalSuccesses":1,"totalFailures":1}}"""))) {
      List<BulkItemResult> results = fake.client.bulkRemove("NotionPages", List.of("a", "b", "c"));
      assertThat(results).extracting(BulkItemResult::success).containsExactly(true, false, false);
      assertThat(results.get(1).errorCode()).isEqualTo(BulkResults.NO_RESULT);
      assertThat(results.get(2).errorCode()).isEqualTo("WDE0073");
      assertThat(body(fake.server.requests().getFirst()).path("dataItemIds").toString())
          .isEqualTo("[\"a\",\"b\",\"c\"]");
    }
  }

  @Test
  void quotaExceededIsRetriedWithBackoff() {
    AtomicInteger calls = new AtomicInteger();
    try (WixFake fake = new WixFake(request -> calls.incrementAndGet() == 1
        ? Response.json(429, resource("error-429-quota-exceeded.json"))
        : Response.json(200, "{\"dataItems\":[],\"pagingMetadata\":{\"count\":0}}"))) {
      fake.client.queryItems("NotionPages", null, List.of(), item -> { });
      assertThat(calls).hasValue(2);
      assertThat(fake.client.stats().rateLimited()).isEqualTo(1);
      assertThat(fake.sleeper.sleeps()).singleElement()
          .satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }
  }

  @Test
  void rejectedKeyAndMissingCollectionAreConfigFailures() {
    try (WixFake fake = new WixFake(request -> Response.json(401, "{\"message\":\"unauthorized\",\"details\":{}}"))) {
      assertThatThrownBy(() -> fake.client.getCollection("NotionPages"))
          .isInstanceOfSatisfying(RemoteApiException.Unauthorized.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.CONFIG))
          .hasMessageContaining("WIX_API_KEY").hasMessageContaining("WIX_SITE_ID")
          .message().doesNotContain(WixFake.KEY);
    }
    try (WixFake fake = new WixFake(request -> Response.json(404, """
        {"message":"Collection NotionPages does not exist","details":{"applicationError":{"code":"WDE0025"}}}"""))) {
      assertThatThrownBy(() -> fake.client.bulkSave("NotionPages", List.of(item("a", "t"))))
          .isInstanceOfSatisfying(RemoteApiException.NotFound.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.CONFIG);
            assertThat(e.code()).isEqualTo("WDE0025");
          })
          .hasMessageContaining("WIX_COLLECTION_ID").hasMessageContaining("--create-collection");
      assertThat(fake.server.requests()).hasSize(1);
    }
  }

  @Test
  void aCollectionWixReportsMissingOrRemovedReadsAsAbsentSoItCanBeCreated() {
    for (String code : List.of("WDE0025", "WDE0026")) {
      try (WixFake fake = new WixFake(request -> Response.json(404, """
          {"message":"Collection NotionPages does not exist","details":{"applicationError":{"code":"%s"}}}"""
          .formatted(code)))) {
        assertThat(new WixClientWrites(fake.client, fake.media).collectionFields("NotionPages")).as(code).isEmpty();
        assertThat(fake.server.requests()).hasSize(1);
      }
    }
  }

  @Test
  void getItemReturnsEmptyForAMissingItem() {
    try (WixFake fake = new WixFake(request -> Response.json(404, """
        {"message":"Item x does not exist","details":{"applicationError":{"code":"WDE0073"}}}"""))) {
      assertThat(fake.client.getItem("NotionPages", "x")).isEmpty();
      assertThat(fake.server.requests().getFirst().query("dataCollectionId")).containsExactly("NotionPages");
    }
  }

  @Test
  void createsAndReadsCollections() {
    try (WixFake fake = new WixFake(request -> Response.json(200, """
        {"collection":{"id":"NotionPages","displayName":"Notion pages","fields":[
          {"key":"title","displayName":"Title","type":"TEXT"},{"key":"body","displayName":"Body","type":"RICH_CONTENT"}]}}
        """))) {
      WixCollection created = fake.client.createCollection("NotionPages", "Notion pages",
          List.of(new WixCollection.WixField("title", "Title", "TEXT")));
      assertThat(created.fields()).extracting(WixCollection.WixField::type).containsExactly("TEXT", "RICH_CONTENT");
      JsonNode sent = body(fake.server.requests().getFirst()).path("collection");
      assertThat(sent.path("id").asString()).isEqualTo("NotionPages");
      assertThat(sent.path("permissions").path("read").asString()).isEqualTo("ANYONE");
      assertThat(fake.client.getCollection("NotionPages").displayName()).isEqualTo("Notion pages");
      assertThat(fake.server.requests().get(1).path()).isEqualTo("/wix-data/v2/collections/NotionPages");
    }
  }

  @Test
  void missingFilesAreFoundInOneBatchedLookupTrashedAndPurgedAlike() {
    try (WixFake fake = new WixFake(request -> Response.json(200, """
        {"files":[{"id":"a~mv2.png","operationStatus":"READY","state":"OK"},
                  {"id":"b~mv2.png","operationStatus":"READY","state":"DELETED"}]}"""))) {
      var missing = new WixClientWrites(fake.client, fake.media).missingFiles(List.of(
          "wix:image://v1/a~mv2.png/a.png#originWidth=1&originHeight=1", "wix:image://v1/b~mv2.png/b.png", "c~mv2.png"));
      assertThat(missing).containsExactlyInAnyOrder("wix:image://v1/b~mv2.png/b.png", "c~mv2.png");
      assertThat(fake.server.requests()).singleElement().satisfies(r -> {
        assertThat(r.path()).isEqualTo("/site-media/v1/files/get-files");
        assertThat(body(r).path("fileIds").toString()).isEqualTo("[\"a~mv2.png\",\"b~mv2.png\",\"c~mv2.png\"]");
      });
    }
  }
}
