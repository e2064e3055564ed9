package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench throughput}: the sandbox itself with its limits off; 4 and then 8 clients alternate a Notion page read
 * and a projected Wix item query for 10 s each, after a 3 s warm-up. Prints requests per second (target: at least
 * 2,000).
 */
final class ThroughputProbe {

  static final int SECONDS = 10;

  int run(java.io.PrintWriter out) throws Exception {
    measure(8, 3); // warm-up (JIT), not counted
    out.println("| client threads | requests in " + SECONDS + " s | requests/s |");
    out.println("|---|---|---|");
    for (int threads : new int[] {4, 8}) {
      long done = measure(threads, SECONDS);
      out.printf(java.util.Locale.ROOT, "| %d | %,d | %,.0f |%n", threads, done, done / (double) SECONDS);
      out.flush();
    }
    return 0;
  }

  private static long measure(int threads, int seconds) throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      List<String> pages = sandbox.notion().pageIds();
      HttpRequest wixQuery = HttpRequest.newBuilder(URI.create(sandbox.wixBaseUrl() + "/wix-data/v2/items/query"))
          .header("Authorization", Sandbox.WIX_KEY).header("wix-site-id", Sandbox.WIX_SITE_ID)
          .POST(HttpRequest.BodyPublishers.ofString("{\"dataCollectionId\":\"NotionPages\",\"query\":{\"cursorPaging\""
              + ":{\"limit\":10},\"fields\":[\"title\",\"syncHash\"]}}")).build();
      AtomicLong done = new AtomicLong();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        for (int t = 0; t < threads; t++) {
          int offset = t;
          pool.submit(() -> {
            long n = offset;
            while (System.nanoTime() < end) {
              HttpRequest page = HttpRequest.newBuilder(URI.create(sandbox.notionBaseUrl() + "/v1/pages/"
                  + pages.get((int) (n % pages.size())))).header("Authorization", "Bearer " + Sandbox.NOTION_TOKEN)
                  .header("Notion-Version", "2025-09-03").build();
              send(http, n++ % 2 == 0 ? page : wixQuery);
              done.incrementAndGet();
            }
            return null;
          });
        }
      }
      return done.get();
    }
  }

  private static void send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("status " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
