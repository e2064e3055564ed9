package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunReport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page per run in {@code NOTION_LOG_DATABASE_ID}: the title (property id {@code title}, which every database
 * has, so no schema is assumed) names the run and its outcome; the body lists counts and failures by title. A
 * failure to write it is logged and never fails the run.
 *
 * <p>The page's parent is the log database's data source, as the 2025-09-03 upgrade guide asks ("Provide data
 * source IDs when creating pages"): a {@code database_id} parent is accepted only while the database has one data
 * source (notion.md §1.2, §1.5). The data source is {@code data_sources[0]} of {@code GET /v1/databases/{id}},
 * read once per log database and kept for the life of the process.
 */
@Component
class RunLogPages implements RunListener {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLogPages.class);
  private final NotionClient notion;
  private final NotionSettings settings;
  /** The log database last resolved and its data source; one request per process, not one per run. */
  private final java.util.concurrent.atomic.AtomicReference<Resolved> resolved =
      new java.util.concurrent.atomic.AtomicReference<>();

  private record Resolved(String databaseId, String dataSourceId) {}

  RunLogPages(NotionClient notion, NotionSettings settings) {
    this.notion = notion;
    this.settings = settings;
  }

  @Override
  public void finished(RunReport report) {
    String database = settings.logDatabaseId();
    if (database == null || database.isBlank() || report.runId() == null) {
      return;
    }
    try {
      notion.createPage(page(dataSourceOf(NotionIds.normalize(database)), report));
    } catch (RuntimeException e) {
      LOG.warn("run {}: the run-log page could not be written to NOTION_LOG_DATABASE_ID: {}", report.runId(),
          e.getMessage());
    }
  }

  /** The log database's first data source, from the cache or one {@code GET /v1/databases/{id}}. */
  private String dataSourceOf(String databaseId) {
    Resolved known = resolved.get();
    if (known != null && known.databaseId().equals(databaseId)) {
      return known.dataSourceId();
    }
    var sources = notion.retrieveDatabase(databaseId, "NOTION_LOG_DATABASE_ID").dataSources();
    if (sources.isEmpty()) {
      throw new IllegalStateException("database " + databaseId + " has no data source the integration can see");
    }
    String dataSourceId = sources.getFirst().id();
    resolved.set(new Resolved(databaseId, dataSourceId));
    return dataSourceId;
  }

  static ObjectNode page(String dataSourceId, RunReport r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode page = f.objectNode();
    page.putObject("parent").put("type", "data_source_id").put("data_source_id", dataSourceId);
    page.putObject("properties").putObject("title").set("title", text(f, r.kind() + " " + r.runId() + ": "
        + r.outcome() + (r.dryRun() ? " (dry run)" : "")));
    ArrayNode children = page.putArray("children");
    var c = r.counts();
    paragraph(children, f, String.format("created %d, updated %d, deleted %d, unchanged %d, failed %d; images %d;"
        + " %d ms; requests Notion %d, Wix %d", c.created(), c.updated(), c.deleted(), c.unchanged(), c.failed(),
        r.imagesImported(), r.duration().toMillis(), r.requests().notionRequests(), r.requests().wixRequests()));
    if (r.errorSummary() != null) {
      paragraph(children, f, r.errorSummary());
    }
    r.failures().stream().limit(50).forEach(x -> paragraph(children, f, x.title() + ": " + x.message()));
    return page;
  }

  private static void paragraph(ArrayNode children, JsonNodeFactory f, String text) {
    ObjectNode block = children.addObject().put("object", "block").put("type", "paragraph");
    block.putObject("paragraph").set("rich_text", text(f, text.length() > 1900 ? text.substring(0, 1900) : text));
  }

  private static ArrayNode text(JsonNodeFactory f, String content) {
    ArrayNode runs = f.arrayNode();
    runs.addObject().put("type", "text").putObject("text").put("content", content);
    return runs;
  }
}
