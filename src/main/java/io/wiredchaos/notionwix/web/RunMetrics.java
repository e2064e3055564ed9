package io.wiredchaos.notionwix.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Run meters, recorded as a {@link RunListener} so any shell can feed them. In Prometheus:
 * {@code notionwix_runs_total{outcome}}, {@code notionwix_items_total{action}},
 * {@code notionwix_run_duration_seconds} (histogram), {@code notionwix_last_success_timestamp_seconds},
 * {@code notionwix_images_imported_total}, {@code notionwix_rate_limit_wait_seconds_total} (the runs' waits for the
 * remotes' rate limits, as in the run report). Remote requests by api and status and the remote layer's own waits
 * are metered there ({@code notionwix_remote_*}).
 */
@Component
public class RunMetrics implements RunListener {

  private final MeterRegistry registry;
  private final AtomicLong lastSuccess = new AtomicLong();
  private final Timer duration;
  private final Counter images;
  private final Counter rateLimitWait;

  public RunMetrics(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge("notionwix.last.success.timestamp.seconds", lastSuccess, AtomicLong::doubleValue);
    this.duration = Timer.builder("notionwix.run.duration").description("duration of finished runs")
        .publishPercentileHistogram().register(registry);
    this.images = Counter.builder("notionwix.images.imported").description("images re-hosted in Wix Media")
        .register(registry);
    this.rateLimitWait = Counter.builder("notionwix.rate.limit.wait").baseUnit("seconds")
        .description("time runs waited for the remotes' rate limits").register(registry);
  }

  @Override
  public void finished(RunReport report) {
    registry.counter("notionwix.runs", "outcome", report.outcome().name()).increment();
    if (report.outcome() == RunOutcome.SKIPPED_LOCKED) {
      return;
    }
    duration.record(report.duration());
    var c = report.counts();
    item("create", c.created());
    item("update", c.updated());
    item("delete", c.deleted());
    item("noop", c.unchanged());
    item("failed", c.failed());
    images.increment(report.imagesImported());
    rateLimitWait.increment(report.requests().rateLimitWaitMs() / 1000.0);
    if (report.outcome() == RunOutcome.SUCCESS && !report.dryRun() && report.finishedAt() != null) {
      lastSuccess.set(report.finishedAt().getEpochSecond());
    }
  }

  private void item(String action, int n) {
    registry.counter("notionwix.items", "action", action).increment(n);
  }
}
