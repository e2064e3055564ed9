package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.ReportSettings;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunReport;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts every run's report to {@code SWARM_WEBHOOK_URL}: the same JSON as {@code sync --json}, signed with
 * {@code SWARM_WEBHOOK_SECRET} as {@code X-Signature: sha256=<hex HMAC-SHA256 of the body>}, with the run id in
 * {@code X-Run-Id}. The post runs off the run's thread and never changes the run's outcome (see
 * {@link WebhookDelivery} for retries and the {@code SWARM_TIMEOUT} bound). Runs that never started (skipped for
 * the lock) have no report to send.
 */
final class SwarmReporter implements RunListener {

  private final ReportSettings settings;
  private final JsonMapper json;
  private final WebhookDelivery delivery;
  private final Deliveries deliveries;

  SwarmReporter(ReportSettings settings, JsonMapper json, WebhookDelivery delivery, Deliveries deliveries) {
    this.settings = settings;
    this.json = json;
    this.delivery = delivery;
    this.deliveries = deliveries;
  }

  @Override
  public void finished(RunReport report) {
    if (!settings.swarmEnabled() || report.runId() == null) {
      return;
    }
    byte[] body = json.writeValueAsBytes(report);
    String what = "SWARM report of run " + report.runId();
    deliveries.submit("swarm-" + report.runId(),
        () -> delivery.post(what, settings.swarmUrl(), body, headers(report, body), settings.swarmTimeout()));
  }

  private Map<String, String> headers(RunReport report, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Run-Id", report.runId());
    String secret = settings.swarmSecret();
    if (secret != null && !secret.isBlank()) {
      headers.put(Signature.HEADER, Signature.of(secret, body));
    }
    return headers;
  }
}
