package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SWARM endpoint that accepts connections and never answers, and an alert endpoint where nothing listens: the
 * CLI sync still succeeds, waits for the report no longer than SWARM_TIMEOUT, and prints no part of the URLs'
 * paths or queries.
 */
class ReporterDownIT {

  @TempDir Path dataDir;

  @Test
  void aSyncSucceedsAndEndsWithinTheBoundWhenTheReportEndpointsAreDown() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger received = new AtomicInteger();
    HttpServer hanging = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hanging.createContext("/", exchange -> {
      received.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    hanging.start();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      Map<String, String> env = FastSandbox.env(sandbox);
      env.put("SWARM_WEBHOOK_URL", "http://127.0.0.1:" + hanging.getAddress().getPort() + "/swarm/PATH-SECRET?k=QUERY-SECRET");
      env.put("SWARM_TIMEOUT", "2s");
      env.put("ALERT_WEBHOOK_URL", "http://127.0.0.1:1/alert/PATH-SECRET?k=QUERY-SECRET");
      env.put("SWARM_WEBHOOK_SECRET", "swarm-secret-value-not-real");

      long start = System.nanoTime();
      CliRun.Result result = CliRun.run(env, dataDir, "sync", "--json");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).contains("\"outcome\" : \"SUCCESS\"");
      assertThat(received.get()).as("the report was attempted").isPositive();
      assertThat(took).as("sync plus at most the 2 s report bound").isLessThan(Duration.ofSeconds(30));
      assertThat(result.out() + result.err()).doesNotContain("PATH-SECRET").doesNotContain("QUERY-SECRET")
          .doesNotContain("swarm-secret-value-not-real");
    } finally {
      release.countDown();
      hanging.stop(0);
    }
  }
}
