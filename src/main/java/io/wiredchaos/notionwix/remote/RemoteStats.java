package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.util.Map;

/**
 * A snapshot of one api's counters, for the run report and the metrics.
 *
 * @param api which service
 * @param attemptsByStatus attempts by HTTP status; 200 counts every success, 0 counts attempts without a response
 * @param rateLimited 429 responses received
 * @param retries attempts that were repeats of a failed one
 * @param budgetWait time spent waiting for the rate budget, including server-requested pauses, summed over threads
 * @param backoffWait time spent in retry backoff, summed over threads
 * @param wallWait wall-clock time during which some thread waited (budget, pauses or backoff): what a person
 *     watching the run experienced as waiting, never more than the run's duration ({@link WallWait})
 */
public record RemoteStats(
    Api api,
    Map<Integer, Long> attemptsByStatus,
    long rateLimited,
    long retries,
    Duration budgetWait,
    Duration backoffWait,
    Duration wallWait) {

  public RemoteStats {
    attemptsByStatus = Map.copyOf(attemptsByStatus);
  }

  /** All attempts, whatever their outcome. */
  public long attempts() {
    return attemptsByStatus.values().stream().mapToLong(Long::longValue).sum();
  }
}
