package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.sync.RequestStats;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The run-log page goes under the log database's data source, resolved once (notion.md §1.2, §1.5). */
class RunLogPagesTest {

  private static final String LOG_DB = "5f0e7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
  private static final String FIRST = "25c104cd-477e-8047-836b-000b4aa4bc94";
  private static final String SECOND = "25c104cd-477e-80aa-9d11-000b4aa4bc99";

  private static RunReport report(String runId) {
    Instant end = Instant.parse("2026-11-25T05:00:00Z");
    return new RunReport(runId, "sync", "cli", false, end.minusSeconds(5), end, RunOutcome.SUCCESS,
        new RunCounts(1, 2, 0, 7, 0), 0, RequestStats.NONE, null, null, List.of(), List.of(), List.of());
  }

  @Test
  void eachRunPageHasTheFirstDataSourceAsParentAndTheDatabaseIsReadOnce() {
    try (NotionFake fake = new NotionFake(request -> request.path().startsWith("/v1/databases/")
        ? Response.json(200, """
            {"object":"database","id":"%s","title":[],"data_sources":[{"id":"%s","name":"Runs"},
             {"id":"%s","name":"Archive"}]}""".formatted(LOG_DB, FIRST, SECOND))
        : Response.json(200, NotionFake.page("00000000-0000-4000-8000-000000000001", "2026-11-25T05:00:00.000Z")))) {
      NotionSettings settings = new NotionSettings(NotionFake.TOKEN, "248104cd477e80fdb757e945d38000bd", null,
          fake.server.baseUrl(), "2025-09-03", 3, LOG_DB.replace("-", ""), null, "/articles/");
      RunLogPages pages = new RunLogPages(fake.client, settings);

      pages.finished(report("run-1"));
      pages.finished(report("run-2"));

      var requests = fake.server.requests();
      assertThat(requests).extracting(r -> r.method() + " " + r.path())
          .containsExactly("GET /v1/databases/" + LOG_DB, "POST /v1/pages", "POST /v1/pages");
      for (var post : requests.subList(1, 3)) {
        JsonNode parent = new JsonMapper().readTree(post.body()).path("parent");
        assertThat(parent.path("type").asString()).isEqualTo("data_source_id");
        assertThat(parent.path("data_source_id").asString()).isEqualTo(FIRST);
        assertThat(parent.has("database_id")).isFalse();
      }
    }
  }
}
