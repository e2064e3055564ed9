package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One structured log line when a run starts, per failed item and when it ends, keyed by the run id (ECS JSON: the
 * key-value pairs become fields). Ids, titles and counts only: never content or secrets.
 */
@Component
class RunLogLine implements RunListener {

  private static final Logger LOG = LoggerFactory.getLogger("io.wiredchaos.notionwix.run");

  @Override
  public void started(String runId, RunOptions options) {
    LOG.atInfo().addKeyValue("run.id", runId).addKeyValue("run.trigger", options.trigger())
        .addKeyValue("run.dry_run", options.dryRun()).log("run started");
  }

  @Override
  public void itemFailed(String runId, ItemFailure failure) {
    LOG.atWarn().addKeyValue("run.id", runId).addKeyValue("page.id", failure.pageId())
        .addKeyValue("failure.kind", failure.kind()).log("item failed: {}: {}", failure.title(), failure.message());
  }

  @Override
  public void finished(RunReport r) {
    var c = r.counts();
    LOG.atInfo().addKeyValue("run.id", r.runId()).addKeyValue("run.outcome", r.outcome())
        .addKeyValue("run.duration_ms", r.duration().toMillis()).addKeyValue("items.created", c.created())
        .addKeyValue("items.updated", c.updated()).addKeyValue("items.deleted", c.deleted())
        .addKeyValue("items.unchanged", c.unchanged()).addKeyValue("items.failed", c.failed())
        .addKeyValue("images.imported", r.imagesImported())
        .addKeyValue("requests.notion", r.requests().notionRequests())
        .addKeyValue("requests.wix", r.requests().wixRequests())
        .log("run finished: {}", r.errorSummary() == null ? r.outcome() : r.errorSummary());
  }
}
