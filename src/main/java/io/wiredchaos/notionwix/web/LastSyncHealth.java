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
 * Health component {@code lastSync}. UP when the last successful run finished within {@code SYNC_STALE_AFTER};
 * DOWN when the newest finished run failed, or the last success is stale. Before the first run it is UP with a
 * note ({@code firstRun=pending}), so a fresh install is not taken out of rotation by its orchestrator.
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

  /** UP, DOWN or STALE for /api/health, with the same rules. */
  String state() {
    var newest = history.page(0, 20).stream().filter(r -> r.report() != null && !r.dryRun()).findFirst();
    var success = history.lastSyncAt();
    if (newest.isEmpty() && success.isEmpty()) {
      return "UP";
    }
    if (newest.isPresent() && "FAILED".equals(newest.get().outcome())) {
      return "DOWN";
    }
    if (success.isEmpty()) {
      return "DOWN";
    }
    return Duration.between(success.get(), clock.instant()).compareTo(settings.staleAfter()) > 0 ? "STALE" : "UP";
  }

  @Override
  public Health health() {
    String state = state();
    var success = history.lastSyncAt();
    Health.Builder b = "UP".equals(state) ? Health.up() : Health.down();
    b.withDetail("staleAfterMs", settings.staleAfter().toMillis());
    success.ifPresentOrElse(at -> b.withDetail("lastSuccessAt", at.toString()),
        () -> b.withDetail("firstRun", "pending"));
    if ("STALE".equals(state)) {
      b.withDetail("error", "last success is older than SYNC_STALE_AFTER");
    }
    history.page(0, 20).stream().filter(r -> r.report() != null && !r.dryRun()).findFirst()
        .filter(r -> r.report().errorSummary() != null)
        .ifPresent(r -> b.withDetail("lastError", r.report().errorSummary()));
    return b.build();
  }
}
