package io.wiredchaos.notionwix.sync;

import java.util.Optional;
import java.util.function.Supplier;

/** One run at a time across processes and machines sharing the state database. */
public interface RunLock {

  /** Runs {@code work} if no other run holds the lock; empty when it is held elsewhere. */
  <T> Optional<T> runExclusively(Supplier<T> work);
}
