package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The service against the sandbox: settings, a clock tests can move, manual debounce timer, HTTP helpers. */
final class ServiceFixture {

  static final String ADMIN = "test-admin-token-0123456789";
  static final String WEBHOOK_SECRET = "sandbox-webhook-verification-token-for-tests";

  private ServiceFixture() {}

  static Sandbox sandbox(DynamicPropertyRegistry registry) throws IOException {
    Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
    sandbox.env().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("NOTION_REQUESTS_PER_SECOND", () -> "1000");
    registry.add("WIX_REQUESTS_PER_MINUTE", () -> "100000");
    Path data = Files.createTempDirectory("service-it");
    registry.add("SYNC_DATA_DIR", data::toString);
    registry.add("SYNC_SCHEDULE", () -> "off");
    registry.add("SYNC_ADMIN_TOKEN", () -> ADMIN);
    registry.add("NOTION_WEBHOOK_SECRET", () -> WEBHOOK_SECRET);
    return sandbox;
  }

  /** System time plus an offset tests can advance. */
  static final class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration d) {
      offset = offset.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }

  /** Tasks queued by the debounce; the test runs the last one when it decides the quiet period is over. */
  static final class ManualDelays implements Delays {
    final List<FutureTask<?>> tasks = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized Future<?> after(Duration delay, Runnable task) {
      FutureTask<?> f = new FutureTask<>(task, null);
      tasks.add(f);
      delays.add(delay);
      return f;
    }

    /** Runs every task not cancelled; answers how many ran. */
    synchronized int runDue() {
      List<FutureTask<?>> due = tasks.stream().filter(t -> !t.isCancelled() && !t.isDone()).toList();
      tasks.clear();
      due.forEach(FutureTask::run);
      return due.size();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Beans {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }

    @Bean
    ManualDelays manualDelays() {
      return new ManualDelays();
    }
  }

  static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
