package io.wiredchaos.notionwix.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notion's webhook subscription as the sandbox plays it (notion.md §9). Subscribing POSTs the verification request
 * {@code {"verification_token":"secret_…"}} to the URL; the subscription is verified only when the operator hands
 * the same token back ({@link #verify}, as Notion's Verify dialog wants), whatever the receiver answered. From then
 * on every admin change to a page POSTs one event of the documented shape (§9.4), its {@code data.parent} the
 * page's own parent (the synced database and data source for a row), signed
 * {@code X-Notion-Signature: sha256=<hex HMAC-SHA256(token, raw body)>} (§9.2). The handshake is signed too (the
 * SDK README says Notion signs it; receivers must accept it either way). Deliveries run off the request thread,
 * one at a time in order, each bounded by the subscription's timeout, one attempt each ({@code attempt_number} 1, no aggregation, no
 * retries), and land in the request log on side {@code webhook} (status 0 when the receiver did not answer).
 */
public final class NotionWebhooks implements AutoCloseable {

  /** One delivery: what was sent and what the receiver answered (0: no answer within the timeout, refused). */
  public record Delivery(String type, String eventId, String pageId, int status, Instant at) {}

  static final String WORKSPACE_ID = "9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f";
  static final String INTEGRATION_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  private final NotionData notion;
  private final RequestLog log;
  private final Clock clock;
  private final ExecutorService executor;
  private final HttpClient http;
  private final List<Delivery> deliveries = new ArrayList<>();
  /** The last delivery queued: deliveries go out one at a time, in order, so the handshake comes first. */
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private URI url;
  private String token;
  private String subscriptionId;
  private boolean verified;
  private Duration timeout = Duration.ofSeconds(5);

  NotionWebhooks(NotionData notion, RequestLog log, Clock clock, ExecutorService executor) {
    this.notion = notion;
    this.log = log;
    this.clock = clock;
    this.executor = executor;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Subscribes {@code url} (replacing any subscription) and sends it the verification request.
   *
   * @param fixedToken the verification token to use, or null for a fresh random {@code secret_…} one
   * @param deliveryTimeout how long one delivery may take before it counts as unanswered
   */
  public synchronized void subscribe(String url, String fixedToken, Duration deliveryTimeout) {
    URI target = URI.create(url);
    if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
      throw new IllegalArgumentException("a webhook URL must be http(s), not " + url);
    }
    this.url = target;
    this.token = fixedToken != null && !fixedToken.isBlank() ? fixedToken : freshToken();
    this.subscriptionId = UUID.randomUUID().toString();
    this.verified = false;
    this.timeout = deliveryTimeout;
    ObjectNode handshake = Exchanges.object().put("verification_token", token);
    send("verification", null, null, handshake);
  }

  /** The operator's Verify: true (and verified from now on) when {@code token} is the one sent. */
  public synchronized boolean verify(String candidate) {
    boolean matches = token != null && token.equals(candidate);
    verified = verified || matches;
    return matches;
  }

  public synchronized void unsubscribe() {
    url = null;
    token = null;
    verified = false;
  }

  /** Emits one page event when a verified subscription exists; {@code data} extras go under {@code data}. */
  synchronized void pageEvent(String type, String pageId, ObjectNode extra) {
    if (url == null || !verified) {
      return;
    }
    ObjectNode event = Exchanges.object().put("id", UUID.randomUUID().toString())
        .put("timestamp", clock.instant().toString()).put("workspace_id", WORKSPACE_ID)
        .put("workspace_name", "WIRED CHAOS").put("subscription_id", subscriptionId)
        .put("integration_id", INTEGRATION_ID).put("type", type);
    event.putArray("authors").addObject().put("id", SeedIds.of("user-editor")).put("type", "person");
    event.put("attempt_number", 1).put("api_version", "2025-09-03");
    event.putObject("entity").put("id", pageId).put("type", "page");
    ObjectNode data = event.putObject("data");
    data.set("parent", eventParent(notion.page(pageId)));
    if (extra != null) {
      data.setAll(extra);
    }
    send(type, event.path("id").asString(), pageId, event);
  }

  /**
   * The event's {@code data.parent}, from the page's own parent (notion.md §9.4, fixtures
   * {@code webhook-page-*.json}): a data-source row names its database with {@code type: "database"} and the
   * {@code data_source_id}; a page under a page or the workspace names that parent by its type. Receivers use it to
   * drop events of pages outside the database they sync, since an integration hears of every page shared with it
   * (§9.1).
   */
  private ObjectNode eventParent(ObjectNode page) {
    ObjectNode parent = Exchanges.object();
    JsonNode own = page == null ? null : page.get("parent");
    String type = own == null ? "data_source_id" : own.path("type").asString("data_source_id");
    switch (type) {
      case "data_source_id", "database_id" -> parent.put("id", own == null ? notion.databaseId
              : own.path("database_id").asString(notion.databaseId)).put("type", "database")
          .put("data_source_id", own == null ? notion.dataSourceId
              : own.path("data_source_id").asString(notion.dataSourceId));
      case "workspace" -> parent.put("type", "workspace").put("workspace", true);
      default -> parent.put("id", own.path(type).asString()).put("type", type.replace("_id", ""));
    }
    return parent;
  }

  private void send(String type, String eventId, String pageId, ObjectNode body) {
    byte[] bytes = Exchanges.JSON.writeValueAsBytes(body);
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
        .header("User-Agent", "notion-api").header("X-Notion-Signature", sign(token, bytes))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    String path = url.getPath().isEmpty() ? "/" : url.getPath();
    tail = tail.thenRunAsync(() -> {
      int status = deliver(request);
      Instant at = clock.instant();
      synchronized (this) {
        deliveries.add(new Delivery(type, eventId, pageId, status, at));
      }
      log.add(new RequestLog.Entry("webhook", "POST", path, status, at, 1, false));
    }, executor);
  }

  private int deliver(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException | RuntimeException e) {
      return 0; // unanswered; a failure must not break the chain of later deliveries
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** Waits (at most {@code limit}) until every delivery sent so far has been answered or has timed out. */
  public void flush(Duration limit) {
    CompletableFuture<Void> last;
    synchronized (this) {
      last = tail;
    }
    try {
      last.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("webhook deliveries still pending after " + limit, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public synchronized List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** The subscription as the admin API shows it (never the token). */
  synchronized ObjectNode describe() {
    ObjectNode out = Exchanges.object();
    if (url == null) {
      return out.putNull("url").put("verified", false);
    }
    out.put("url", url.toString()).put("subscriptionId", subscriptionId).put("verified", verified)
        .put("timeoutMillis", timeout.toMillis());
    var list = out.putArray("deliveries");
    deliveries.forEach(d -> list.addObject().put("type", d.type()).put("eventId", d.eventId())
        .put("pageId", d.pageId()).put("status", d.status()).put("at", d.at().toString()));
    return out;
  }

  static String sign(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String freshToken() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return "secret_" + HexFormat.of().formatHex(random);
  }

  @Override
  public void close() {
    http.shutdownNow();
  }
}
