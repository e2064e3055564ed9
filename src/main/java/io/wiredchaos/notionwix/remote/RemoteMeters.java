package io.wiredchaos.notionwix.remote;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Locale;

/**
 * Publishes one api's {@link RemoteStats} as Micrometer meters (Prometheus: {@code notionwix_remote_*}), each
 * tagged {@code api=notion|wix}: attempts by status, 429s received, retries, and seconds spent waiting for the
 * budget and in backoff. Values are read from {@link RemoteCall#stats()} at scrape time.
 */
public final class RemoteMeters implements MeterBinder {

  /** Statuses given their own series; anything else still counts in the total. */
  static final List<Integer> STATUSES = List.of(0, 200, 400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504, 529);

  private final RemoteCall call;

  public RemoteMeters(RemoteCall call) {
    this.call = call;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    String api = call.api().name().toLowerCase(Locale.ROOT);
    for (int status : STATUSES) {
      FunctionCounter.builder("notionwix.remote.requests", call,
              c -> c.stats().attemptsByStatus().getOrDefault(status, 0L))
          .tags("api", api, "status", String.valueOf(status))
          .description("attempts by HTTP status; 0 means no response")
          .register(registry);
    }
    FunctionCounter.builder("notionwix.remote.rate.limited", call, c -> c.stats().rateLimited())
        .tags("api", api).description("429 responses received").register(registry);
    FunctionCounter.builder("notionwix.remote.retries", call, c -> c.stats().retries())
        .tags("api", api).description("repeated attempts").register(registry);
    FunctionCounter.builder("notionwix.remote.budget.wait", call, c -> c.stats().budgetWait().toMillis() / 1000.0)
        .tags("api", api).baseUnit("seconds").description("time spent waiting for the rate budget")
        .register(registry);
    FunctionCounter.builder("notionwix.remote.backoff.wait", call, c -> c.stats().backoffWait().toMillis() / 1000.0)
        .tags("api", api).baseUnit("seconds").description("time spent in retry backoff").register(registry);
  }
}
