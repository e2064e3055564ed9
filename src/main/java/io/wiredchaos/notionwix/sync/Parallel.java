package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Maps a list on virtual threads with at most {@code limit} calls in flight, keeping the input order. The first
 * exception thrown by a call is rethrown unchanged after all calls end.
 */
final class Parallel {

  private Parallel() {}

  static <T, R> List<R> map(List<T> inputs, int limit, Function<T, R> call) {
    if (inputs.size() <= 1 || limit <= 1) {
      return inputs.stream().map(call).toList();
    }
    Semaphore permits = new Semaphore(limit);
    List<Future<R>> futures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (T input : inputs) {
        futures.add(executor.submit(() -> {
          permits.acquire();
          try {
            return call.apply(input);
          } finally {
            permits.release();
          }
        }));
      }
    }
    List<R> results = new ArrayList<>(futures.size());
    for (Future<R> future : futures) {
      results.add(join(future));
    }
    return results;
  }

  private static <R> R join(Future<R> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncFailure(FailureKind.TRANSIENT, "interrupted", e);
    }
  }
}
