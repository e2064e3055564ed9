package io.wiredchaos.notionwix.schedule;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Scheduled runs from {@code SYNC_SCHEDULE} (Spring cron, seconds first; {@code off} disables). A tick simply
 * calls the engine: its run lock keeps one run at a time across every instance sharing the state database, so
 * a SKIPPED_LOCKED report means another instance (or this one's HTTP run) is busy. Not in CLI commands.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Profile("!cli")
class ScheduledSync implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(ScheduledSync.class);

  private final SyncSettings settings;
  private final ObjectProvider<SyncService> sync;
  private final ObjectProvider<RunListener> listeners;

  ScheduledSync(SyncSettings settings, ObjectProvider<SyncService> sync, ObjectProvider<RunListener> listeners) {
    this.settings = settings;
    this.sync = sync;
    this.listeners = listeners;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    String cron = settings.schedule().trim();
    if (cron.isEmpty() || "off".equalsIgnoreCase(cron)) {
      log.info("scheduled runs are off (SYNC_SCHEDULE=off)");
      return;
    }
    registrar.addTriggerTask(this::tick, new CronTrigger(cron));
  }

  /** One scheduled run; never throws, so the schedule keeps going. */
  RunReport tick() {
    try {
      RunReport report = sync.getObject().run(RunOptions.scheduled(), fanOut(listeners.orderedStream().toList()));
      log.info("scheduled run {} ended {}", report.runId(), report.outcome());
      return report;
    } catch (RuntimeException e) {
      log.error("scheduled run could not start: {}", e.getClass().getSimpleName());
      return null;
    }
  }

  private static RunListener fanOut(List<RunListener> all) {
    return new RunListener() {
      @Override
      public void started(String runId, RunOptions options) {
        all.forEach(l -> l.started(runId, options));
      }

      @Override
      public void progress(String runId, String phase, int done, int total, RunCounts counts) {
        all.forEach(l -> l.progress(runId, phase, done, total, counts));
      }

      @Override
      public void itemFailed(String runId, ItemFailure failure) {
        all.forEach(l -> l.itemFailed(runId, failure));
      }

      @Override
      public void finished(RunReport report) {
        all.forEach(l -> l.finished(report));
      }
    };
  }
}
