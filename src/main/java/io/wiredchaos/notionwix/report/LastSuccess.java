package io.wiredchaos.notionwix.report;

import java.time.Instant;
import java.util.Optional;

/** When the newest successful real sync finished, from the run history; empty before the first success. */
@FunctionalInterface
public interface LastSuccess {

  Optional<Instant> finishedAt();
}
