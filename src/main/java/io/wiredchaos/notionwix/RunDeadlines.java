package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.notion.NotionClient;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.wix.WixClient;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Gives every run its overall deadline ({@code SYNC_DEADLINE}) in the remote layer too, so no retry or
 * {@code Retry-After} wait (even one above 60 s) outlives the run; cleared when the run finishes.
 */
@Component
class RunDeadlines implements RunListener {

  private final NotionClient notion;
  private final WixClient wix;
  private final SyncSettings settings;
  private final Clock clock;

  RunDeadlines(NotionClient notion, WixClient wix, SyncSettings settings, Clock clock) {
    this.notion = notion;
    this.wix = wix;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void started(String runId, RunOptions options) {
    var deadline = clock.instant().plus(settings.deadline());
    notion.remoteCall().deadline(deadline);
    wix.remoteCall().deadline(deadline);
  }

  @Override
  public void finished(RunReport report) {
    notion.remoteCall().deadline(java.time.Instant.MAX);
    wix.remoteCall().deadline(java.time.Instant.MAX);
  }
}
