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
 */
@Component
class RunLogPages implements RunListener {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLogPages.class);
  private final NotionClient notion;
  private final NotionSettings settings;

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
      notion.createPage(page(NotionIds.normalize(database), report));
    } catch (RuntimeException e) {
      LOG.warn("run {}: the run-log page could not be written to NOTION_LOG_DATABASE_ID: {}", report.runId(),
          e.getMessage());
    }
  }

  static ObjectNode page(String databaseId, RunReport r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode page = f.objectNode();
    page.putObject("parent").put("database_id", databaseId);
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
