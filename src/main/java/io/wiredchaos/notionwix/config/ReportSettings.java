package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where run reports and alerts go. A blank URL turns its reporter off. Both URLs count as secrets (a Slack
 * incoming-webhook URL is its own credential): they are shown and logged as scheme and host only.
 *
 * @param swarmUrl endpoint that receives every run report as JSON ({@code SWARM_WEBHOOK_URL})
 * @param swarmSecret HMAC-SHA256 key of the {@code X-Signature} header ({@code SWARM_WEBHOOK_SECRET}); secret
 * @param swarmTimeout longest a report delivery may take, retries included ({@code SWARM_TIMEOUT}, default 10 s)
 * @param alertUrl endpoint of incident alerts, Slack-compatible JSON ({@code ALERT_WEBHOOK_URL})
 * @param alertTimeout longest an alert delivery may take, retries included ({@code ALERT_TIMEOUT}, default 10 s)
 * @param alertOnPartial whether a PARTIAL run counts as failing ({@code ALERT_ON_PARTIAL}, default false)
 */
@Validated
@ConfigurationProperties("notionwix.report")
public record ReportSettings(
    String swarmUrl,
    String swarmSecret,
    @NotNull Duration swarmTimeout,
    String alertUrl,
    @NotNull Duration alertTimeout,
    boolean alertOnPartial) {

  public boolean swarmEnabled() {
    return swarmUrl != null && !swarmUrl.isBlank();
  }

  public boolean alertEnabled() {
    return alertUrl != null && !alertUrl.isBlank();
  }

  @Override
  public String toString() {
    return "ReportSettings[swarmUrl=" + Secrets.maskUrl(swarmUrl) + ", swarmSecret=" + Secrets.mask(swarmSecret)
        + ", swarmTimeout=" + swarmTimeout + ", alertUrl=" + Secrets.maskUrl(alertUrl) + ", alertTimeout="
        + alertTimeout + ", alertOnPartial=" + alertOnPartial + "]";
  }
}
