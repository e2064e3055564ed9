package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RemoteMetersTest {

  @Test
  void publishesTheCallCounters() {
    ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
    ManualSleeper sleeper = new ManualSleeper(clock);
    RemoteCall call = new RemoteCall(Api.WIX, RateBudget.wix(200, clock, sleeper),
        new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(5)), clock, sleeper);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new RemoteMeters(call).bindTo(registry);
    AtomicInteger n = new AtomicInteger();
    call.execute("q", true, () -> {
      if (n.incrementAndGet() == 1) {
        throw new RemoteApiException.RateLimited(new ErrorDetail(Api.WIX, 429, "WDE0014", null, null), "quota");
      }
      return List.of();
    });
    assertThat(registry.get("notionwix.remote.requests").tags("api", "wix", "status", "429").functionCounter().count())
        .isEqualTo(1);
    assertThat(registry.get("notionwix.remote.requests").tags("status", "200").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("notionwix.remote.rate.limited").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("notionwix.remote.retries").functionCounter().count()).isEqualTo(1);
    assertThat(registry.get("notionwix.remote.backoff.wait").functionCounter().count())
        .isEqualTo(sleeper.total().toMillis() / 1000.0);
  }
}
