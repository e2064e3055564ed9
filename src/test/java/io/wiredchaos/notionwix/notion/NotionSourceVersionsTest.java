package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.mapping.DefaultMapping;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.MappingContext;
import io.wiredchaos.notionwix.mapping.PageMapper;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.Sleeper;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import io.wiredchaos.notionwix.sync.SourcePage;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The source's listing on each Notion-Version, against the sandbox: on 2026-12-01 a query without
 * {@code filter_properties} answers title-only pages that would blank every mapped field, so the source always
 * names the properties it reads; and the listing costs the same number of requests on every version.
 */
class NotionSourceVersionsTest {

  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  NotionSettings settings(String version) {
    return new NotionSettings(Sandbox.NOTION_TOKEN, SeedContent.DATABASE_ID, null, URI.create(sandbox.notionBaseUrl()),
        version, 1000, null, null, "/articles/");
  }

  NotionClient client(String version) {
    return new NotionClient(settings(version), Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /** Records what the source asks its reads for. */
  static final class Recording implements NotionReads {
    final NotionReads real;
    final List<List<String>> asked = new ArrayList<>();

    Recording(NotionReads real) {
      this.real = real;
    }

    public NotionDataSource resolveDataSource(String db, String ds) {
      return real.resolveDataSource(db, ds);
    }

    public void queryPages(String ds, JsonNode filter, List<String> properties, Consumer<NotionPage> sink) {
      asked.add(properties);
      real.queryPages(ds, filter, properties, sink);
    }

    public NotionPage retrievePage(String id) {
      return real.retrievePage(id);
    }

    public List<NotionBlock> fetchBody(String id) {
      return real.fetchBody(id);
    }

    public JsonNode retrieveBlock(String id) {
      return real.retrieveBlock(id);
    }
  }

  @Test
  void onTheNewestVersionAQueryWithoutFilterPropertiesWouldBlankTheMappedFields() {
    NotionClient client = client("2026-12-01");
    NotionDataSource dataSource = client.resolveDataSource();
    FieldMapping mapping = DefaultMapping.of(dataSource, Sandbox.COLLECTION);
    List<NotionPage> bare = new ArrayList<>();
    client.queryAll(dataSource.id(), null, List.of(), List.of(), bare::add);
    Map<String, Object> blanked = new PageMapper().map(bare.getFirst(), List.of(), MappingContext.of(mapping)).data();
    assertThat(blanked.get("tags")).as("what a naive query would write").isIn(null, List.of());
    assertThat(blanked.get("status")).isNull();

    List<NotionPage> named = new ArrayList<>();
    client.queryAll(dataSource.id(), null, List.of(), QueryProperties.of(mapping, dataSource), named::add);
    Map<String, Object> full = new PageMapper().map(named.getFirst(), List.of(), MappingContext.of(mapping)).data();
    assertThat(full.get("status")).isEqualTo("Published");
    assertThat((List<?>) full.get("tags")).isNotEmpty();
    assertThat((List<?>) full.get("author")).isNotEmpty();
  }

  @Test
  void theSourceNeverQueriesWithoutNamingTheProperties() {
    Recording reads = new Recording(new NotionClientReads(client("2026-12-01")));
    NotionSource source = new NotionSource(reads, settings("2026-12-01"), MappingResolver.defaults(Sandbox.COLLECTION));
    source.prepare();
    List<SourcePage> rows = source.publishedPages(Set.of());
    assertThat(rows).hasSize(SeedContent.PUBLISHED);
    assertThat(reads.asked).singleElement().satisfies(properties ->
        assertThat(properties).contains("title", "stat", "tags", "auth", "rel", "slug", "pubd"));
    assertThat(source.load(rows.getFirst()).data().get("status")).isEqualTo("Published");
    assertThatThrownBy(() -> new NotionClientReads(client("2026-12-01"))
        .queryPages(SeedContent.DATA_SOURCE_ID, null, List.of(), page -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-03", "2026-03-11", "2026-12-01"})
  void listingCostsTheSameRequestsOnEveryVersion(String version) {
    NotionSource source = new NotionSource(new NotionClientReads(client(version)), settings(version),
        MappingResolver.defaults(Sandbox.COLLECTION));
    source.prepare();
    assertThat(source.publishedPages(Set.of())).hasSize(SeedContent.PUBLISHED);
    // database + data source + one query page (42 rows ≤ 100) + one property-item read per >25 relation list
    long expected = 3 + relationListsOver25();
    assertThat(sandbox.requestLog().entries().stream().filter(e -> e.side().equals("notion")).count())
        .isEqualTo(expected);
  }

  long relationListsOver25() {
    return sandbox.notion().pageIds().stream().map(id -> sandbox.notion().copyOfPage(id))
        .filter(p -> !p.path("in_trash").asBoolean())
        .filter(p -> p.path("properties").path("Status").path("status").path("name").asString().equals("Published"))
        .mapToLong(p -> p.path("properties").values().stream()
            .filter(v -> v.path("relation").size() > 25 || v.path("people").size() > 25).count())
        .sum();
  }
}
