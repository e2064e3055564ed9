package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionDatabase;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.Redaction;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.RemoteStats;
import io.wiredchaos.notionwix.remote.RetryPolicy;
import io.wiredchaos.notionwix.remote.Sleeper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Notion REST client (Notion-Version from the settings: 2025-09-03, 2026-03-11 or 2026-12-01, data-source API). Every request goes
 * through one {@link RemoteCall}, so the integration's budget, Retry-After pauses and retries are shared by all
 * threads (notion.md §2.1, §10).
 *
 * <p>Construct it with Spring ({@link NotionConfiguration}) or by hand: {@code new NotionClient(settings,
 * Clock.systemUTC(), Sleeper.SYSTEM)}, or with an explicit {@link RestClient} and {@link RemoteCall} for tests.
 */
public class NotionClient {

  static final String DATABASE_SETTING = "NOTION_DATABASE_ID";
  static final String DATA_SOURCE_SETTING = "NOTION_DATA_SOURCE_ID";

  private final NotionSettings settings;
  private final NotionHttp http;
  private final RemoteCall call;
  private final BlockTreeReader blocks;
  private final DataSourceQuery query;
  private final ReferenceCompletion references;

  public NotionClient(NotionSettings settings, RestClient rest, RemoteCall call) {
    this.settings = settings;
    this.call = call;
    Redaction.register(settings.token());
    this.http = new NotionHttp(settings.baseUrl(), settings.token(), settings.apiVersion(), rest, call, new JsonMapper());
    this.blocks = new BlockTreeReader(http, BlockTreeReader.DEFAULT_CONCURRENCY);
    this.query = new DataSourceQuery(http);
    this.references = new ReferenceCompletion(http);
  }

  /** Without Spring: the standard retry policy and a budget of {@code settings.requestsPerSecond()}. */
  public NotionClient(NotionSettings settings, Clock clock, Sleeper sleeper) {
    this(settings, restClient(), remoteCall(settings, clock, sleeper));
  }

  /** The default executor for Notion: per-integration budget, standard retries. */
  public static RemoteCall remoteCall(NotionSettings settings, Clock clock, Sleeper sleeper) {
    return new RemoteCall(Api.NOTION, RateBudget.notion(settings.requestsPerSecond(), clock, sleeper),
        RetryPolicy.standard(), clock, sleeper);
  }

  /** A RestClient on the JDK HttpClient, forced to HTTP/1.1, with the read timeout of notion.md §0. */
  public static RestClient restClient() {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(HttpTransport.http11(HttpTransport.CONNECT_TIMEOUT));
    factory.setReadTimeout(HttpTransport.READ_TIMEOUT);
    return RestClient.builder().requestFactory(factory).build();
  }

  /** {@code GET /v1/users/me} (developers.notion.com/reference/get-self): the bot user the token belongs to. */
  public JsonNode self() {
    return http.get("retrieve token's bot user", Subject.configured("the integration", "NOTION_API_TOKEN"),
        "/v1/users/me", Map.of());
  }

  /** {@code GET /v1/databases/{id}}; accepts an id or URL with or without dashes. */
  public NotionDatabase retrieveDatabase(String idOrUrl) {
    return retrieveDatabase(idOrUrl, DATABASE_SETTING);
  }

  /** {@code GET /v1/databases/{id}} of the database {@code setting} names (for the hint of a failure). */
  NotionDatabase retrieveDatabase(String idOrUrl, String setting) {
    String id = NotionIds.normalize(idOrUrl);
    return NotionJson.database(http.get("retrieve database", Subject.configured("database " + id, setting),
        "/v1/databases/" + id, Map.of()));
  }

  /** {@code GET /v1/data_sources/{id}}: the schema (notion.md §1.2). */
  public NotionDataSource retrieveDataSource(String id) {
    String normalized = NotionIds.normalize(id);
    return NotionJson.dataSource(http.get("retrieve data source",
        Subject.configured("data source " + normalized, DATABASE_SETTING), "/v1/data_sources/" + normalized,
        Map.of()));
  }

  /** The configured database's data source ({@link DataSourceResolution}). */
  public NotionDataSource resolveDataSource() {
    return resolveDataSource(settings.databaseId(), settings.dataSourceId());
  }

  /**
   * The data source to sync: the database's only one, or the configured one when it has several (notion.md §1.3;
   * never {@code data_sources[0]}).
   *
   * @throws io.wiredchaos.notionwix.remote.RemoteApiException CONFIG when the choice is missing or wrong
   */
  public NotionDataSource resolveDataSource(String databaseIdOrUrl, String configuredDataSourceId) {
    NotionDataSource direct = configuredDirectly(databaseIdOrUrl, configuredDataSourceId);
    if (direct != null) {
      return direct;
    }
    NotionDatabase database = retrieveDatabase(databaseIdOrUrl);
    return retrieveDataSource(DataSourceResolution.choose(database, configuredDataSourceId));
  }

  /**
   * A configured data source read in one request when it is the one asked for and its parent is the configured
   * database (a run then costs one request fewer); null when it is not, or not found, so that the database is read
   * and {@link DataSourceResolution} explains the choices.
   */
  private NotionDataSource configuredDirectly(String databaseIdOrUrl, String configuredDataSourceId) {
    if (configuredDataSourceId == null || configuredDataSourceId.isBlank()) {
      return null;
    }
    try {
      String wanted = NotionIds.normalize(configuredDataSourceId);
      NotionDataSource source = retrieveDataSource(wanted);
      boolean matches = wanted.equals(source.id())
          && NotionIds.normalize(databaseIdOrUrl).equals(source.databaseId());
      return matches ? source : null;
    } catch (IllegalArgumentException | io.wiredchaos.notionwix.remote.RemoteApiException.NotFound e) {
      return null;
    }
  }

  /**
   * Streams every page of a data source to {@code consumer}, past the 10,000-row cap ({@link DataSourceQuery}).
   *
   * @param filter Notion filter object, or null for all rows
   * @param sorts sort objects; the traversal appends created_time ascending so that paging is stable
   * @param filterProperties property ids to keep in each page (empty keeps all)
   * @return the number of distinct pages delivered
   */
  public long queryAll(String dataSourceId, JsonNode filter, List<JsonNode> sorts, List<String> filterProperties,
      Consumer<NotionPage> consumer) {
    return query.queryAll(NotionIds.normalize(dataSourceId), filter, sorts, filterProperties, consumer);
  }

  /** {@code GET /v1/pages/{id}}. Relation/people values may be truncated at 25: see {@link #completeReferences}. */
  public NotionPage retrievePage(String pageId) {
    String id = NotionIds.normalize(pageId);
    return NotionJson.page(http.get("retrieve page", Subject.item("page " + id), "/v1/pages/" + id, Map.of()));
  }

  /** The page with every truncated relation/people list read in full (notion.md §4.4). */
  public NotionPage completeReferences(NotionPage page) {
    return references.complete(page);
  }

  /** {@code POST /v1/pages} (the run-log database). Not idempotent: retried only on 429/529 or refused connections. */
  public NotionPage createPage(JsonNode body) {
    return NotionJson.page(http.send(HttpMethod.POST, "create page",
        Subject.configured("the run-log database", "NOTION_LOG_DATABASE_ID"), false, "/v1/pages", Map.of(), body));
  }

  /** {@code PATCH /v1/pages/{id}}: setting the same properties twice is harmless, so it is retried like a read. */
  public NotionPage updatePage(String pageId, JsonNode body) {
    String id = NotionIds.normalize(pageId);
    return NotionJson.page(http.send(HttpMethod.PATCH, "update page", Subject.item("page " + id), true,
        "/v1/pages/" + id, Map.of(), body));
  }

  /** The page body as a tree ({@link BlockTreeReader}): children fetched, order kept. */
  public List<NotionBlock> fetchBody(String pageId) {
    return blocks.read(NotionIds.normalize(pageId));
  }

  /** {@code GET /v1/blocks/{id}}: one block with fresh signed file URLs (notion.md §6). */
  public JsonNode retrieveBlock(String blockId) {
    String id = NotionIds.normalize(blockId);
    return http.get("retrieve block", Subject.item("block " + id), "/v1/blocks/" + id, Map.of());
  }

  /** The executor shared by every request of this client (deadline, budget, counters). */
  public RemoteCall remoteCall() {
    return call;
  }

  /** The API version every request of this client names. */
  public io.wiredchaos.notionwix.config.NotionVersion version() {
    return http.version();
  }

  public RemoteStats stats() {
    return call.stats();
  }
}
