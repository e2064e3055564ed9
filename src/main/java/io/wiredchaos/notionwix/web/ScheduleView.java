package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** When the next scheduled run is due, from {@code SYNC_SCHEDULE} (empty when {@code off}). */
@Component
class ScheduleView {

  private final SyncSettings settings;
  private final Clock clock;

  ScheduleView(SyncSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  Optional<Instant> next() {
    String cron = settings.schedule().trim();
    if (cron.isEmpty() || "off".equalsIgnoreCase(cron)) {
      return Optional.empty();
    }
    return Optional.ofNullable(CronExpression.parse(cron).next(clock.instant().atZone(ZoneOffset.UTC)))
        .map(t -> t.toInstant());
  }
}
