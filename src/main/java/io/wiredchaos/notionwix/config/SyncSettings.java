package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * How a run behaves.
 *
 * @param deadline overall deadline of one run ({@code SYNC_DEADLINE}, default 30 minutes)
 * @param massDeleteRatio share of the collection a run may delete without {@code --allow-mass-delete}
 * @param mappingFile optional YAML mapping ({@code SYNC_MAPPING_FILE})
 * @param schedule cron of the service's scheduled runs ({@code SYNC_SCHEDULE}), or {@code off}
 * @param staleAfter age of the last success after which health reports stale and the service alerts
 *     ({@code SYNC_STALE_AFTER}); unset, twice the schedule's longest gap between runs, or 30 minutes when the
 *     schedule is off
 * @param autoRollback roll back a run whose item failure rate is over the threshold ({@code SYNC_AUTO_ROLLBACK})
 * @param autoRollbackThreshold failed ÷ attempted writes above which it does ({@code SYNC_AUTO_ROLLBACK_THRESHOLD})
 */
@Validated
@ConfigurationProperties("notionwix.sync")
public record SyncSettings(
    @NotNull Duration deadline,
    @DecimalMin("0.0") @DecimalMax("1.0") double massDeleteRatio,
    Path mappingFile,
    @NotNull String schedule,
    Duration staleAfter,
    boolean autoRollback,
    @DecimalMin("0.0") @DecimalMax("1.0") double autoRollbackThreshold) {

  /** The stale threshold when none is set and the schedule is off. */
  static final Duration STALE_WITHOUT_SCHEDULE = Duration.ofMinutes(30);

  public SyncSettings {
    if (staleAfter == null) {
      staleAfter = twiceTheLongestGap(schedule);
    }
  }

  /**
   * Twice the longest gap between consecutive runs of {@code cron} over its next 200 runs from a fixed date, so
   * one missed run is not yet stale and irregular schedules (weekdays only) are covered.
   */
  static Duration twiceTheLongestGap(String cron) {
    if (cron == null || cron.isBlank() || "off".equalsIgnoreCase(cron.trim())) {
      return STALE_WITHOUT_SCHEDULE;
    }
    CronExpression expression = CronExpression.parse(cron.trim());
    LocalDateTime at = expression.next(LocalDateTime.of(2026, 1, 5, 0, 0));
    Duration longest = Duration.ZERO;
    for (int i = 0; i < 200 && at != null; i++) {
      LocalDateTime next = expression.next(at);
      if (next != null && Duration.between(at, next).compareTo(longest) > 0) {
        longest = Duration.between(at, next);
      }
      at = next;
    }
    return longest.isZero() ? STALE_WITHOUT_SCHEDULE : longest.multipliedBy(2);
  }
}
