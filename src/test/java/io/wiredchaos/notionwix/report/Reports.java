package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.ReportSettings;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.Sleeper;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.RequestStats;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Run reports, settings and a delivery for reporter tests. */
final class Reports {

  static final String SECRET = "swarm-test-secret-not-real";

  private Reports() {}

  static RunReport run(String runId, RunOutcome outcome, Instant finished) {
    boolean failed = outcome == RunOutcome.FAILED || outcome == RunOutcome.PARTIAL;
    return new RunReport(runId, "sync", "schedule", false, finished.minusSeconds(5), finished, outcome,
        new RunCounts(1, 2, 0, 7, outcome == RunOutcome.PARTIAL ? 1 : 0), 0, RequestStats.NONE,
        failed ? FailureKind.CONFIG : null, failed ? "Notion rejected the token (401)" : null, List.of(), List.of(),
        List.of());
  }

  static ReportSettings swarm(String url, Duration timeout) {
    return new ReportSettings(url, SECRET, timeout, null, Duration.ofSeconds(10), false);
  }

  static ReportSettings alerts(String url, boolean onPartial) {
    return new ReportSettings(null, null, Duration.ofSeconds(10), url, Duration.ofSeconds(10), onPartial);
  }

  static WebhookDelivery delivery(Clock clock, Sleeper sleeper, Duration connectTimeout) {
    RateBudget budget = new RateBudget("test", List.of(new RateBudget.Limit(1000, Duration.ofMinutes(1))), clock,
        sleeper);
    return new WebhookDelivery(HttpTransport.http11(connectTimeout), ReportConfiguration.retryPolicy(), budget,
        clock, sleeper);
  }

  /** The expected signature, computed here rather than by {@link Signature}. */
  static String hmacHex(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
