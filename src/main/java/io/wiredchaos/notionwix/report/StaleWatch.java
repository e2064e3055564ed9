package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.SyncSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The service's once-a-minute look at the last success, so a sync that stops running at all (scheduler stuck,
 * lock held elsewhere, webhooks gone quiet) still raises one STALE alert. Runs only in the service: a CLI run has no
 * time between runs to watch (docs/operations.md, "Alerts"). Never sync-blocking, never throws.
 */
@Component
@Profile("!cli")
class StaleWatch {

  private static final Logger log = LoggerFactory.getLogger(StaleWatch.class);

  private final AlertReporter alerts;
  private final LastSuccess lastSuccess;
  private final SyncSettings settings;
  private final Clock clock;

  StaleWatch(AlertReporter alerts, LastSuccess lastSuccess, SyncSettings settings, Clock clock) {
    this.alerts = alerts;
    this.lastSuccess = lastSuccess;
    this.settings = settings;
    this.clock = clock;
  }

  /** Nothing before the first success: a service that never synced is reported by its failing runs. */
  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  void check() {
    try {
      lastSuccess.finishedAt().ifPresent(at -> alerts.stale(at, settings.staleAfter(), clock.instant()));
    } catch (RuntimeException e) {
      log.warn("stale check failed: {}", e.getClass().getSimpleName());
    }
  }
}
