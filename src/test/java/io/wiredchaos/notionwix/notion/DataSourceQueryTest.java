package io.wiredchaos.notionwix.notion;

import static io.wiredchaos.notionwix.notion.NotionFake.id;
import static io.wiredchaos.notionwix.notion.NotionFake.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.FakeHttp;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataSourceQueryTest {

  private static final String DS = "25c104cd-477e-8047-836b-000b4aa4bc94";
  private static final JsonMapper JSON = new JsonMapper();

  private static String queryPage(List<String> results, String next, boolean incomplete) {
    return """
        {"object":"list","results":[%s],"next_cursor":%s,"has_more":%s,"type":"page_or_data_source",
         "page_or_data_source":{}%s}""".formatted(String.join(",", results),
        next == null ? "null" : "\"" + next + "\"", next != null,
        incomplete ? ",\"request_status\":{\"type\":\"incomplete\",\"incomplete_reason\":\"query_result_limit_reached\"}"
            : "");
  }

  private static String t(int minute) {
    return "2026-09-01T09:%02d:00.000Z".formatted(minute);
  }

  private static JsonNode body(FakeHttp.Request request) {
    return JSON.readTree(request.body());
  }

  @Test
  void followsCursorsAndStreamsOnlyPages() {
    try (NotionFake fake = new NotionFake(request -> {
      String cursor = body(request).path("start_cursor").asString("");
      return switch (cursor) {
        case "" -> Response.json(200, queryPage(List.of(page(id(1), t(1)), page(id(2), t(2))), "c1", false));
        case "c1" -> Response.json(200, queryPage(List.of(page(id(3), t(3)),
            "{\"object\":\"data_source\",\"id\":\"" + id(99) + "\"}"), "c2", false));
        default -> Response.json(200, queryPage(List.of(page(id(4), t(4))), null, false));
      };
    })) {
      List<String> seen = new ArrayList<>();
      JsonNode filter = JSON.readTree("{\"property\":\"Status\",\"status\":{\"equals\":\"Published\"}}");
      long count = fake.client.queryAll(DS, filter, List.of(), List.of("title", "%3Cr%3Fq"),
          page -> seen.add(page.id()));
      assertThat(seen).containsExactly(id(1), id(2), id(3), id(4));
      assertThat(count).isEqualTo(4);
      var requests = fake.server.requests();
      assertThat(requests).hasSize(3);
      assertThat(requests.getFirst().path()).isEqualTo("/v1/data_sources/" + DS + "/query");
      assertThat(requests.getFirst().query("filter_properties")).containsExactly("title", "%3Cr%3Fq");
      JsonNode first = body(requests.getFirst());
      assertThat(first.path("page_size").asInt()).isEqualTo(100);
      assertThat(first.path("filter")).isEqualTo(filter);
      assertThat(first.path("sorts").toString()).contains("created_time").contains("ascending");
      assertThat(first.has("start_cursor")).isFalse();
      assertThat(body(requests.get(1)).path("start_cursor").asString()).isEqualTo("c1");
      assertThat(body(requests.get(2)).path("filter")).isEqualTo(filter);
    }
  }

  @Test
  void continuesPastTheTenThousandRowCapInCreatedTimeWindowsWithoutDuplicates() {
    try (NotionFake fake = new NotionFake(request -> {
      JsonNode body = body(request);
      boolean window = body.path("filter").toString().contains("on_or_after");
      String cursor = body.path("start_cursor").asString("");
      if (!window) {
        return cursor.isEmpty()
            ? Response.json(200, queryPage(List.of(page(id(1), t(1)), page(id(2), t(2))), "c1", false))
            : Response.json(200, queryPage(List.of(page(id(3), t(3))), null, true));
      }
      // the window repeats the last minute's row (same created_time) and then continues
      return Response.json(200, queryPage(List.of(page(id(3), t(3)), page(id(4), t(3)), page(id(5), t(7))), null,
          false));
    })) {
      List<NotionPage> seen = new ArrayList<>();
      JsonNode filter = JSON.readTree("{\"and\":[{\"property\":\"Published\",\"checkbox\":{\"equals\":true}}]}");
      long count = fake.client.queryAll(DS, filter, null, List.of(), seen::add);
      assertThat(seen).extracting(NotionPage::id).containsExactly(id(1), id(2), id(3), id(4), id(5));
      assertThat(count).isEqualTo(5);
      JsonNode windowFilter = body(fake.server.requests().get(2)).path("filter");
      assertThat(windowFilter.path("and")).hasSize(2);
      assertThat(windowFilter.path("and").get(1).path("created_time").path("on_or_after").asString())
          .isEqualTo("2026-09-01T09:03:00Z");
    }
  }

  private static String dataSourceRow(String id, String createdTime) {
    return """
        {"object":"data_source","id":"%s","created_time":"%s","last_edited_time":"%s"}"""
        .formatted(id, createdTime, createdTime);
  }

  /**
   * A wiki data source returns child data-source rows among its pages (notion.md §1.4). The SDK's
   * iterateAllDataSourceRows advances the next window's created_time bound on every returned row, pages and
   * data sources alike; advancing on pages only re-reads the same window and wrongly reports that it cannot move.
   */
  @Test
  void theNextWindowStartsAfterTheLastRowEvenWhenTheLastRowsAreDataSources() {
    try (NotionFake fake = new NotionFake(request -> {
      String start = body(request).path("filter").path("created_time").path("on_or_after").asString("");
      String cursor = body(request).path("start_cursor").asString("");
      if (start.equals("2026-09-01T09:06:00Z")) {
        return Response.json(200, queryPage(List.of(dataSourceRow(id(96), t(6)), page(id(3), t(7))), null, false));
      }
      // the first pass, or a window that did not advance past the data-source rows: the same rows again
      return cursor.isEmpty()
          ? Response.json(200, queryPage(List.of(page(id(1), t(1)), page(id(2), t(2))), "c1", false))
          : Response.json(200, queryPage(List.of(dataSourceRow(id(95), t(5)), dataSourceRow(id(96), t(6))), null,
              true));
    })) {
      List<String> seen = new ArrayList<>();
      long count = fake.client.queryAll(DS, null, List.of(), List.of(), page -> seen.add(page.id()));
      assertThat(seen).containsExactly(id(1), id(2), id(3));
      assertThat(count).isEqualTo(3);
      assertThat(fake.server.requests()).hasSize(3);
      assertThat(body(fake.server.requests().get(2)).path("filter").path("created_time").path("on_or_after")
          .asString()).isEqualTo("2026-09-01T09:06:00Z");
    }
  }

  /** An incomplete marker on a page that still has a cursor (SDK: checked on every response) is not lost. */
  @Test
  void anIncompleteMarkOnAnyResponseOfAPassStartsTheWindows() {
    try (NotionFake fake = new NotionFake(request -> {
      JsonNode body = body(request);
      if (body.path("filter").toString().contains("on_or_after")) {
        return Response.json(200, queryPage(List.of(page(id(2), t(2)), page(id(3), t(3))), null, false));
      }
      return body.path("start_cursor").asString("").isEmpty()
          ? Response.json(200, queryPage(List.of(page(id(1), t(1))), "c1", true))
          : Response.json(200, queryPage(List.of(page(id(2), t(2))), null, false));
    })) {
      List<String> seen = new ArrayList<>();
      fake.client.queryAll(DS, null, List.of(), List.of(), page -> seen.add(page.id()));
      assertThat(seen).containsExactly(id(1), id(2), id(3));
    }
  }

  @Test
  void whenTheFirstPassUsedOtherSortsTheWindowsStartFromTheBeginning() {
    try (NotionFake fake = new NotionFake(request -> {
      JsonNode body = body(request);
      boolean firstPass = body.path("sorts").toString().contains("Publish date");
      if (firstPass) {
        return Response.json(200, queryPage(List.of(page(id(2), t(2)), page(id(1), t(1))), null, true));
      }
      return Response.json(200, queryPage(List.of(page(id(1), t(1)), page(id(2), t(2)), page(id(3), t(3))), null,
          false));
    })) {
      List<String> seen = new ArrayList<>();
      JsonNode sort = JSON.readTree("{\"property\":\"Publish date\",\"direction\":\"descending\"}");
      fake.client.queryAll(DS, null, List.of(sort), List.of(), page -> seen.add(page.id()));
      assertThat(seen).containsExactly(id(2), id(1), id(3));
      assertThat(body(fake.server.requests().get(1)).has("filter")).isFalse();
    }
  }

  @Test
  void aWindowThatCannotAdvanceFailsInsteadOfLooping() {
    try (NotionFake fake = new NotionFake(request ->
        Response.json(200, queryPage(List.of(page(id(1), t(5)), page(id(2), t(5))), null, true)))) {
      assertThatThrownBy(() -> fake.client.queryAll(DS, null, List.of(), List.of(), page -> { }))
          .isInstanceOfSatisfying(RemoteApiException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.DATA))
          .hasMessageContaining("10,000");
      assertThat(fake.server.requests()).hasSize(2);
    }
  }

  @Test
  void aQueryThatKeepsTimingOutIsAskedAgainWithSmallerPages() {
    try (NotionFake fake = new NotionFake(request -> body(request).path("page_size").asInt() > 50
        ? Response.json(503, "{\"object\":\"error\",\"status\":503,\"code\":\"service_unavailable\","
            + "\"additional_data\":{\"retry_guidance\":\"reduce page_size\"}}")
        : Response.json(200, queryPage(List.of(page(id(1), t(1))), null, false)))) {
      List<String> seen = new ArrayList<>();
      fake.client.queryAll(DS, null, List.of(), List.of(), page -> seen.add(page.id()));
      assertThat(seen).containsExactly(id(1));
      assertThat(fake.server.requests()).extracting(r -> body(r).path("page_size").asInt())
          .containsExactly(100, 100, 100, 100, 100, 100, 50);
    }
  }
}
