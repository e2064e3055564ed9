package io.wiredchaos.notionwix.sync;

import java.time.Duration;

/**
 * Engine tuning.
 *
 * @param deadline a run stops (TRANSIENT failure) once it has run this long; the remote layer also stops waiting
 * @param massDeleteRatio share of the collection a run may delete without {@code allowMassDelete}
 * @param batchSize pages read, planned and written together; bounds the bodies held in memory
 * @param concurrency pages (and media imports) in flight at once; the rate budgets still pace the requests
 */
public record EngineSettings(Duration deadline, double massDeleteRatio, int batchSize, int concurrency) {

  public static EngineSettings defaults(Duration deadline, double massDeleteRatio) {
    return new EngineSettings(deadline, massDeleteRatio, 100, 8);
  }
}
