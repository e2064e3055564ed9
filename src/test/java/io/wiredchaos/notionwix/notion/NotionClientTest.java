package io.wiredchaos.notionwix.notion;

import static io.wiredchaos.notionwix.notion.NotionFake.page;
import static io.wiredchaos.notionwix.notion.NotionFake.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NotionClientTest {

  private static final String DB = "248104cd-477e-80fd-b757-e945d38000bd";
  private static final String DS = "25c104cd-477e-8047-836b-000b4aa4bc94";
  private static final String PAGE = "2a7104cd-477e-8123-b1aa-f00d00000001";

  @Test
  void resolvesTheOnlyDataSourceAndSendsTheHeaders() {
    String singleSource = """
        {"object":"database","id":"%s","title":[{"plain_text":"Blog posts"}],
         "data_sources":[{"id":"%s","name":"Blog posts"}]}""".formatted(DB, DS);
    try (NotionFake fake = new NotionFake(request -> request.path().startsWith("/v1/databases/")
        ? Response.json(200, singleSource)
        : Response.json(200, resource("data-source-retrieve.json")))) {
      NotionDataSource source = fake.client.resolveDataSource("https://www.notion.so/x/Blog-" + DB.replace("-", ""),
          null);
      assertThat(source.id()).isEqualTo(DS);
      assertThat(source.databaseId()).isEqualTo(DB);
      assertThat(source.title()).isEqualTo("Blog posts");
      assertThat(source.properties()).containsKey("Name");
      var first = fake.server.requests().getFirst();
      assertThat(first.path()).isEqualTo("/v1/databases/" + DB);
      assertThat(first.header("Authorization")).isEqualTo("Bearer " + NotionFake.TOKEN);
      assertThat(first.header("Notion-Version")).isEqualTo("2025-09-03");
      assertThat(fake.server.requests().get(1).path()).isEqualTo("/v1/data_sources/" + DS);
    }
  }

  @Test
  void severalDataSourcesNeedTheConfiguredOne() {
    try (NotionFake fake = new NotionFake(request -> request.path().startsWith("/v1/databases/")
        ? Response.json(200, resource("database-retrieve.json"))
        : Response.json(200, resource("data-source-retrieve.json")))) {
      assertThatThrownBy(() -> fake.client.resolveDataSource(DB, null))
          .isInstanceOfSatisfying(RemoteApiException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.CONFIG))
          .hasMessageContaining("NOTION_DATA_SOURCE_ID")
          .hasMessageContaining(DS + " (Blog posts)")
          .hasMessageContaining("25c104cd-477e-80aa-9d11-000b4aa4bc99 (Imported posts (legacy))");
      assertThatThrownBy(() -> fake.client.resolveDataSource(DB, "11111111111111111111111111111111"))
          .hasMessageContaining("is not a data source of database");
      assertThat(fake.client.resolveDataSource(DB, DS.replace("-", "")).id()).isEqualTo(DS);
    }
  }

  @Test
  void configuredDataSourceOfTheConfiguredDatabaseCostsOneRequest() {
    try (NotionFake fake = new NotionFake(request -> request.path().startsWith("/v1/databases/")
        ? Response.json(200, resource("database-retrieve.json"))
        : Response.json(200, resource("data-source-retrieve.json")))) {
      assertThat(fake.client.resolveDataSource(DB, DS).id()).isEqualTo(DS);
      assertThat(fake.server.requests()).extracting(r -> r.path()).containsExactly("/v1/data_sources/" + DS);
    }
  }

  @Test
  void configuredDataSourceWithAnotherParentIsCheckedAgainstTheDatabase() {
    String otherDatabase = "27a5d30a-1728-4a1e-a788-71341f22fb97";
    try (NotionFake fake = new NotionFake(request -> request.path().startsWith("/v1/databases/")
        ? Response.json(200, resource("database-retrieve.json"))
        : Response.json(200, resource("data-source-retrieve.json")))) {
      fake.client.resolveDataSource(otherDatabase, DS);
      assertThat(fake.server.requests()).extracting(r -> r.path())
          .containsExactly("/v1/data_sources/" + DS, "/v1/databases/" + otherDatabase, "/v1/data_sources/" + DS);
    }
  }

  @Test
  void rejectedTokenIsAConfigFailureWithoutTheToken() {
    try (NotionFake fake = new NotionFake(request -> Response.json(401, """
        {"object":"error","status":401,"code":"unauthorized","message":"API token is invalid.","request_id":"r-401"}
        """))) {
      assertThatThrownBy(() -> fake.client.retrieveDatabase(DB))
          .isInstanceOfSatisfying(RemoteApiException.Unauthorized.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.CONFIG);
            assertThat(e.code()).isEqualTo("unauthorized");
            assertThat(e.requestId()).isEqualTo("r-401");
            assertThat(e.status()).isEqualTo(401);
          })
          .hasMessageContaining("NOTION_API_TOKEN")
          .message().doesNotContain(NotionFake.TOKEN);
      assertThat(fake.server.requests()).hasSize(1);
    }
  }

  @Test
  void unsharedDatabaseTellsTheOperatorToShareIt() {
    try (NotionFake fake = new NotionFake(request -> Response.json(404, resource("error-404-object-not-found.json")))) {
      assertThatThrownBy(() -> fake.client.retrieveDatabase(DB))
          .isInstanceOfSatisfying(RemoteApiException.NotShared.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.CONFIG))
          .hasMessageContaining("share the database with your integration");
    }
  }

  @Test
  void missingPageIsADataFailure() {
    try (NotionFake fake = new NotionFake(request -> Response.json(404, resource("error-404-object-not-found.json")))) {
      assertThatThrownBy(() -> fake.client.retrievePage(PAGE))
          .isInstanceOfSatisfying(RemoteApiException.NotFound.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.DATA));
    }
  }

  @Test
  void rateLimitWithRetryAfterHeaderIsObeyed() {
    AtomicInteger calls = new AtomicInteger();
    try (NotionFake fake = new NotionFake(request -> calls.incrementAndGet() == 1
        ? Response.json(429, resource("error-429-rate-limited.json")).withHeader("Retry-After", "23")
        : Response.json(200, page(PAGE, "2026-09-01T09:00:00.000Z")))) {
      var start = fake.clock.instant();
      NotionPage page = fake.client.retrievePage(PAGE);
      assertThat(page.id()).isEqualTo(PAGE);
      assertThat(fake.clock.instant()).isAfterOrEqualTo(start.plusSeconds(23));
      assertThat(fake.client.stats().rateLimited()).isEqualTo(1);
      assertThat(fake.client.stats().attemptsByStatus()).containsEntry(429, 1L).containsEntry(200, 1L);
    }
  }

  @Test
  void rateLimitWithRetryAfterOnlyInTheBodyIsObeyed() {
    AtomicInteger calls = new AtomicInteger();
    String body = resource("error-429-rate-limited.json").replace("\"23\"", "\"75\"");
    try (NotionFake fake = new NotionFake(request -> calls.incrementAndGet() == 1
        ? Response.json(429, body)
        : Response.json(200, page(PAGE, "2026-09-01T09:00:00.000Z")))) {
      var start = fake.clock.instant();
      fake.client.retrievePage(PAGE);
      assertThat(fake.clock.instant()).isAfterOrEqualTo(start.plusSeconds(75));
      assertThat(fake.budget.pausedUntil()).isEqualTo(start.plusSeconds(75));
    }
  }

  @Test
  void serverErrorsAreRetriedThenSucceed() {
    AtomicInteger calls = new AtomicInteger();
    try (NotionFake fake = new NotionFake(request -> switch (calls.incrementAndGet()) {
      case 1 -> Response.json(503, "{\"object\":\"error\",\"status\":503,\"code\":\"service_unavailable\"}");
      case 2 -> new Response(502, java.util.Map.of("Content-Type", "text/html"), "<html>bad gateway</html>");
      case 3 -> Response.json(200, "{\"object\":\"page\",\"id\":\"trunc"); // truncated body
      default -> Response.json(200, page(PAGE, "2026-09-01T09:00:00.000Z"));
    })) {
      assertThat(fake.client.retrievePage(PAGE).id()).isEqualTo(PAGE);
      assertThat(calls).hasValue(4);
      assertThat(fake.client.stats().retries()).isEqualTo(3);
      assertThat(fake.sleeper.total()).isLessThanOrEqualTo(Duration.ofSeconds(1 + 2 + 4));
    }
  }

  @Test
  void createPageIsNotRepeatedAfterAServerError() {
    try (NotionFake fake = new NotionFake(request -> Response.json(500,
        "{\"object\":\"error\",\"status\":500,\"code\":\"internal_server_error\",\"message\":\"oops\"}"))) {
      var body = new JsonMapper().createObjectNode().put("parent", "x");
      assertThatThrownBy(() -> fake.client.createPage(body))
          .isInstanceOfSatisfying(RemoteApiException.ServiceUnavailable.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
      assertThat(fake.server.requests()).hasSize(1);
      assertThat(fake.server.requests().getFirst().method()).isEqualTo("POST");
      assertThat(fake.server.requests().getFirst().body()).contains("\"parent\":\"x\"");
    }
  }

  @Test
  void validationErrorOnTheDataSourceIsConfigOnAPageItIsData() {
    try (NotionFake fake = new NotionFake(request -> Response.json(400, resource("error-400-validation-error.json")))) {
      assertThatThrownBy(() -> fake.client.retrieveDataSource(DS))
          .isInstanceOfSatisfying(RemoteApiException.InvalidRequest.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.CONFIG));
      var body = new JsonMapper().createObjectNode();
      assertThatThrownBy(() -> fake.client.updatePage(PAGE, body))
          .isInstanceOfSatisfying(RemoteApiException.InvalidRequest.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.DATA));
    }
  }
}
