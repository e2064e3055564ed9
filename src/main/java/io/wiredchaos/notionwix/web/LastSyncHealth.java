package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.store.RunHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code lastSync}: UP when the last real run succeeded within {@code SYNC_STALE_AFTER}; DOWN with
 * the error when the last run failed or the last success is stale; UNKNOWN before the first run.
 */
@Component("lastSync")
class LastSyncHealth implements HealthIndicator {

  private final RunHistory history;
  private final SyncSettings settings;
  private final Clock clock;

  LastSyncHealth(RunHistory history, SyncSettings settings, Clock clock) {
    this.history = history;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Health health() {
    var last = history.page(0, 10).stream().filter(r -> !r.dryRun() && !"RUNNING".equals(r.outcome())).findFirst();
    if (last.isEmpty()) {
      return Health.unknown().withDetail("message", "no sync has run yet").build();
    }
    var success = history.lastSuccess();
    if (success.isEmpty() || !"SUCCESS".equals(last.get().outcome())) {
      String error = last.get().report() == null ? last.get().outcome() : last.get().report().errorSummary();
      return Health.down().withDetail("lastOutcome", last.get().outcome()).withDetail("error", String.valueOf(error))
          .build();
    }
    Instant at = Instant.ofEpochMilli(success.get().startedAt());
    Duration age = Duration.between(at, clock.instant());
    Health.Builder health = age.compareTo(settings.staleAfter()) > 0 ? Health.down().withDetail("stale", true)
        : Health.up();
    return health.withDetail("lastSuccessAt", at.toString()).withDetail("ageSeconds", age.toSeconds()).build();
  }
}
