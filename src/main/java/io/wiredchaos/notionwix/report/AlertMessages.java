package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.sync.RunReport;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alert payloads (FAILING, STALE, RECOVERED): generic JSON whose {@code text} field is what Slack (and Slack-compatible receivers such
 * as Mattermost or Rocket.Chat) show; the other fields are for machines. docs/operations.md shows both.
 */
final class AlertMessages {

  static final String SOURCE = "notion-wix";

  private AlertMessages() {}

  /** Syncing started failing (or the alert of an open incident is sent again). */
  static ObjectNode failing(Incident incident, RunReport run) {
    String summary = run.errorSummary() == null ? run.outcome().toString() : run.errorSummary();
    ObjectNode message = base("FAILING", run);
    message.put("text", "notion-wix sync is FAILING since " + incident.since() + ": run " + run.runId() + " ended "
        + run.outcome() + ": " + summary);
    message.put("errorSummary", run.errorSummary());
    message.put("since", incident.since().toString());
    return message;
  }

  /** No successful sync within SYNC_STALE_AFTER; no run to name (runs may not be happening at all). */
  static ObjectNode stale(Incident incident, Instant lastSuccessAt) {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("text", "notion-wix sync is STALE: " + incident.errorSummary());
    message.put("source", SOURCE);
    message.put("status", "STALE");
    message.putNull("runId");
    message.putNull("outcome");
    message.putNull("failureKind");
    message.put("lastSuccessAt", lastSuccessAt.toString());
    message.put("errorSummary", incident.errorSummary());
    message.put("since", incident.since().toString());
    return message;
  }

  /** A run succeeded after an incident. {@code errorSummary} is the incident's last error. */
  static ObjectNode recovered(Incident incident, RunReport run) {
    ObjectNode message = base("RECOVERED", run);
    message.put("text", "notion-wix sync RECOVERED: run " + run.runId() + " ended " + run.outcome()
        + " after failing since " + incident.since() + " (last error: " + incident.errorSummary() + ")");
    message.put("errorSummary", incident.errorSummary());
    message.put("since", incident.since().toString());
    message.put("lastFailedRunId", incident.runId());
    return message;
  }

  private static ObjectNode base(String status, RunReport run) {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("text", "");
    message.put("source", SOURCE);
    message.put("status", status);
    message.put("runId", run.runId());
    message.put("outcome", run.outcome().toString());
    message.put("failureKind", run.failureKind() == null ? null : run.failureKind().toString());
    message.put("finishedAt", String.valueOf(run.finishedAt()));
    return message;
  }
}
