package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.ReportSettings;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells {@code ALERT_WEBHOOK_URL} once when syncing starts failing or goes stale and once when it recovers, not once
 * per failed run. A real (not dry) sync run is failing when it ends FAILED, or PARTIAL with {@code ALERT_ON_PARTIAL=true};
 * SUCCESS, and PARTIAL otherwise, is healthy (the service works; item failures are in the report). Dry runs,
 * rollbacks and runs skipped for the lock change nothing.
 *
 * <p>The open incident lives in {@link IncidentState}, written on the run's thread (inside the run lock, so
 * instances sharing a database agree); the message itself is sent off the run's thread. A FAILING alert that could
 * not be delivered is sent again by the next failing run; a RECOVERED message goes out only for an incident whose
 * FAILING alert was delivered.
 */
final class AlertReporter implements RunListener {

  private enum Health { FAILING, HEALTHY, NEITHER }

  private final ReportSettings settings;
  private final JsonMapper json;
  private final WebhookDelivery delivery;
  private final Deliveries deliveries;
  private final IncidentState state;

  AlertReporter(ReportSettings settings, JsonMapper json, WebhookDelivery delivery, Deliveries deliveries,
      IncidentState state) {
    this.settings = settings;
    this.json = json;
    this.delivery = delivery;
    this.deliveries = deliveries;
    this.state = state;
  }

  @Override
  public synchronized void finished(RunReport run) {
    if (!settings.alertEnabled()) {
      return;
    }
    Optional<Incident> open = current();
    switch (health(run)) {
      case FAILING -> failing(open, run);
      case HEALTHY -> open.ifPresent(incident -> recovered(incident, run));
      case NEITHER -> { }
    }
  }

  /**
   * Syncing went stale: the last success ({@code lastSuccessAt}) is older than {@code staleAfter} at {@code now}.
   * With no incident open this opens one and sends one STALE alert; the next healthy run closes it with RECOVERED,
   * as for a failing incident, and failing runs meanwhile add no message. A STALE alert that could not be
   * delivered is sent again by the next check. Called periodically by the service ({@link StaleWatch}).
   */
  synchronized void stale(Instant lastSuccessAt, Duration staleAfter, Instant now) {
    if (!settings.alertEnabled() || !lastSuccessAt.plus(staleAfter).isBefore(now)) {
      return;
    }
    Optional<Incident> open = current();
    if (open.isPresent() && (open.get().notified() || open.get().outcome() != null)) {
      return; // already told, or a failing incident whose own alert the next failing run sends again
    }
    Incident incident = new Incident(lastSuccessAt.plus(staleAfter), null, null, null, null,
        "no successful sync since " + lastSuccessAt + ", longer than SYNC_STALE_AFTER (" + staleAfter + ")", false);
    store(incident);
    byte[] body = json.writeValueAsBytes(AlertMessages.stale(incident, lastSuccessAt));
    deliveries.submit("alert-stale", () -> {
      if (send("STALE alert", body)) {
        current().filter(current -> current.since().equals(incident.since())).ifPresent(c -> store(c.notifiedNow()));
      }
    });
  }

  private void failing(Optional<Incident> open, RunReport run) {
    Incident incident = new Incident(open.map(Incident::since).orElse(run.finishedAt()),
        open.map(Incident::firstRunId).orElse(run.runId()), run.runId(), run.outcome(), run.failureKind(),
        run.errorSummary(), open.map(Incident::notified).orElse(false));
    store(incident);
    if (incident.notified()) {
      return;
    }
    byte[] body = json.writeValueAsBytes(AlertMessages.failing(incident, run));
    deliveries.submit("alert-" + run.runId(), () -> {
      if (send("FAILING alert for run " + run.runId(), body)) {
        current().filter(now -> now.since().equals(incident.since())).ifPresent(now -> store(now.notifiedNow()));
      }
    });
  }

  private void recovered(Incident incident, RunReport run) {
    state.save("");
    if (!incident.notified()) {
      return;
    }
    byte[] body = json.writeValueAsBytes(AlertMessages.recovered(incident, run));
    deliveries.submit("alert-" + run.runId(), () -> send("RECOVERED alert for run " + run.runId(), body));
  }

  private boolean send(String what, byte[] body) {
    return delivery.post(what, settings.alertUrl(), body, Map.of(), settings.alertTimeout());
  }

  private Health health(RunReport run) {
    if (run.runId() == null || run.dryRun() || !"sync".equals(run.kind())) {
      return Health.NEITHER;
    }
    return switch (run.outcome()) {
      case FAILED -> Health.FAILING;
      case PARTIAL -> settings.alertOnPartial() ? Health.FAILING : Health.HEALTHY;
      case SUCCESS -> Health.HEALTHY;
      default -> Health.NEITHER;
    };
  }

  private Optional<Incident> current() {
    return state.load().filter(value -> !value.isBlank()).flatMap(this::parse);
  }

  /** An unreadable value (written by another version) counts as no incident rather than breaking alerts. */
  private Optional<Incident> parse(String value) {
    try {
      return Optional.of(json.readValue(value, Incident.class));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void store(Incident incident) {
    state.save(json.writeValueAsString(incident));
  }
}
