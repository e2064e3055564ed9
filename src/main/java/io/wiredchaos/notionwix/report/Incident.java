package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.RunOutcome;
import java.time.Instant;

/**
 * An open incident: syncing has been failing since {@code since} (the end of the first failing run).
 *
 * @param runId the latest failing run
 * @param notified whether the FAILING alert was delivered (if not, the next failing run sends it again)
 */
record Incident(Instant since, String firstRunId, String runId, RunOutcome outcome, FailureKind failureKind,
    String errorSummary, boolean notified) {

  Incident notifiedNow() {
    return new Incident(since, firstRunId, runId, outcome, failureKind, errorSummary, true);
  }
}
