package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.sync.EngineSettings;
import io.wiredchaos.notionwix.sync.Journal;
import io.wiredchaos.notionwix.sync.RequestStats;
import io.wiredchaos.notionwix.sync.AutoRollback;
import io.wiredchaos.notionwix.sync.RollbackService;
import io.wiredchaos.notionwix.sync.RunIds;
import io.wiredchaos.notionwix.sync.RunLock;
import io.wiredchaos.notionwix.sync.Source;
import io.wiredchaos.notionwix.sync.SyncService;
import io.wiredchaos.notionwix.sync.Target;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Composition of the engine from its ports: Notion source, Wix target, journal and run lock. */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

  @Bean
  RunIds runIds(Clock clock) {
    return new RunIds(clock);
  }

  @Bean
  SyncService syncService(Source source, Target target, Journal journal, RunLock lock, Clock clock,
      SyncSettings settings, ObjectProvider<RequestStatsSource> stats, RunIds runIds, RollbackService rollbacks) {
    RequestStatsSource counters = stats.getIfAvailable(() -> () -> RequestStats.NONE);
    return new SyncService(source, target, journal, lock, clock,
        EngineSettings.defaults(settings.deadline(), settings.massDeleteRatio()), counters::snapshot, runIds,
        new AutoRollback(settings.autoRollback(), settings.autoRollbackThreshold(), rollbacks));
  }

  @Bean
  RollbackService rollbackService(Target target, Journal journal, RunLock lock, Clock clock, RunIds runIds) {
    return new RollbackService(target, journal, lock, clock, runIds);
  }

  /** Remote traffic counters for run reports; provided by the remote layer's wiring. */
  @FunctionalInterface
  public interface RequestStatsSource {
    RequestStats snapshot();
  }
}
