package io.wiredchaos.notionwix.bench;

import java.util.List;

/**
 * The measurements of one scenario. Times in seconds, memory in MiB; heap, RSS and CPU are the measured sync
 * process's own ({@code maxHeap} is its {@code -Xmx}), wall is its run from "run started" to "run finished" and boot
 * the time from launch to "run started". {@code peer} is null when the peer path was not run.
 */
record ScenarioResult(
    String scenario,
    String what,
    int pages,
    long blocks,
    double wallSeconds,
    double floorSeconds,
    double ratio,
    long notionRequests,
    long wixRequests,
    long notionMinimum,
    long wixMinimum,
    long rateLimited,
    long serverErrors,
    long retryAfterViolations,
    String outcome,
    List<Integer> createdUpdatedDeletedUnchangedFailed,
    int imagesImported,
    double peakHeapMib,
    double peakRssMib,
    double cpuSeconds,
    double bootSeconds,
    String maxHeap,
    Peer peer,
    String note) {

  ScenarioResult withPeer(Peer other) {
    return new ScenarioResult(scenario, what, pages, blocks, wallSeconds, floorSeconds, ratio, notionRequests,
        wixRequests, notionMinimum, wixMinimum, rateLimited, serverErrors, retryAfterViolations, outcome,
        createdUpdatedDeletedUnchangedFailed, imagesImported, peakHeapMib, peakRssMib,
        cpuSeconds, bootSeconds, maxHeap, other, note);
  }

  /** A scenario that could not be measured: why, in the note. */
  static ScenarioResult failed(Scenario s, RuntimeException e) {
    return new ScenarioResult(s.name(), s.what(), s.pages(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "ERROR", List.of(), 0,
        0, 0, 0, 0, "", null, "NOT MEASURED: " + e);
  }

  /**
   * The open-source path on the same data: wall, Notion requests, 429s, Retry-After violations, ratio to our floor.
   * When it was stopped early ({@code stopped}), wall is the time it had run, {@code pagesConverted} how far it got,
   * and {@code projectedSeconds} its wall at the rate it had kept ({@code wall × pages ÷ pagesConverted}); the ratio
   * is then the projected one.
   */
  record Peer(double wallSeconds, long notionRequests, long rateLimited, long retryAfterViolations, double ratio,
      int pagesConverted, int pages, boolean stopped, double projectedSeconds, String tool, String note) {

    static Peer notRun(String tool, String why) {
      return new Peer(0, 0, 0, 0, 0, 0, 0, false, 0, tool, why);
    }
  }
}
