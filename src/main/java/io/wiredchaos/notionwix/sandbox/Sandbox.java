package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local emulator of the Notion and Wix APIs on loopback, seeded with the WIRED CHAOS content database. It has
 * its own wire handling and enforces the real services' rules and limits (docs/sandbox.md).
 */
public final class Sandbox implements AutoCloseable {

  public static final String NOTION_TOKEN = "sandbox-notion-integration-token";
  public static final String WIX_KEY = "sandbox-wix-api-key";
  public static final String WIX_SITE_ID = "0c5e7a9b-2d4f-4a6b-8c0d-1e2f3a4b5c6d";
  public static final String COLLECTION = "NotionPages";
  /** The run-log database: two data sources, so a page must name one (docs/sandbox.md). */
  public static final String LOG_DATABASE_ID = NotionLogDatabase.ID;
  /** Its data sources, in the order {@code GET /v1/databases/{id}} lists them. */
  public static final List<String> LOG_DATA_SOURCE_IDS = NotionLogDatabase.DATA_SOURCE_IDS;

  private volatile HttpServer notionServer;
  private volatile HttpServer wixServer;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final NotionData notion;
  private final WixData wix;
  private final RequestLog log = new RequestLog();
  private final Faults faults;
  private final FileHost files;
  private final WixMedia media;
  /** Exchanges being answered, so that a restart can drop them as a crashing server would. */
  private final Set<HttpExchange> inFlight = ConcurrentHashMap.newKeySet();
  private final NotionWebhooks webhooks;
  private final Map<String, HttpHandler> notionContexts = new LinkedHashMap<>();
  private final Map<String, HttpHandler> wixContexts = new LinkedHashMap<>();
  private final Gate notionGate;
  private final Gate wixGate;

  private final Clock clock;

  private Sandbox(SandboxOptions options, Clock clock) throws IOException {
    this.clock = clock;
    this.notion = SeedContent.build(clock);
    this.wix = WixData.seed(clock);
    this.faults = new Faults(options.seed());
    files = new FileHost(notion, clock, options.fileUrlTtl());
    webhooks = new NotionWebhooks(notion, log, clock, executor);
    notionGate = new Gate("notion", new WindowBudget(options.notionPerMinute(), Duration.ofMinutes(1)), faults,
        clock, options, true);
    wixGate = new Gate("wix", new WindowBudget(options.wixPerMinute(), Duration.ofMinutes(1)), faults, clock,
        options, false);
    notionContexts.put("/v1/", new NotionHandler(notion, files, notionGate, log, NOTION_TOKEN,
        options.queryCap(), clock));
    notionContexts.put("/files/", files::serve);
    notionContexts.put("/_sandbox/", new AdminHandler(this));
    media = new WixMedia(wix, clock, options.mediaReadyAfter());
    wixContexts.put("/", new WixHandler(wix, media, wixGate, log, WIX_KEY, WIX_SITE_ID, clock));
    notionServer = listen(options.notionPort(), notionContexts);
    wixServer = listen(options.wixPort(), wixContexts);
    files.baseUrl(notionBaseUrl());
  }

  public static Sandbox start(SandboxOptions options) {
    return start(options, Clock.systemUTC());
  }

  public static Sandbox start(SandboxOptions options, Clock clock) {
    try {
      return new Sandbox(options, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("the sandbox could not listen on its ports: " + e.getMessage(), e);
    }
  }

  public String notionBaseUrl() {
    return "http://127.0.0.1:" + notionServer.getAddress().getPort();
  }

  public String wixBaseUrl() {
    return "http://127.0.0.1:" + wixServer.getAddress().getPort();
  }

  /** The environment that points a sync at this sandbox. */
  public Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("NOTION_API_BASE_URL", notionBaseUrl());
    env.put("NOTION_API_TOKEN", NOTION_TOKEN);
    env.put("NOTION_DATABASE_ID", SeedContent.DATABASE_ID);
    env.put("WIX_API_BASE_URL", wixBaseUrl());
    env.put("WIX_API_KEY", WIX_KEY);
    env.put("WIX_SITE_ID", WIX_SITE_ID);
    env.put("WIX_COLLECTION_ID", COLLECTION);
    return env;
  }

  /**
   * Switches to other limits and latency from now on, with fresh request windows (ports, seed, queued faults stay):
   * Notion's side takes {@code notion}'s budget, latency and {@code Retry-After}, Wix's side (and the media delay)
   * takes {@code wix}'s. Benchmarks fill the sandbox unpaced, then measure at realistic settings.
   */
  public void pace(SandboxOptions notion, SandboxOptions wix) {
    notionGate.pace(new WindowBudget(notion.notionPerMinute(), Duration.ofMinutes(1)), notion);
    wixGate.pace(new WindowBudget(wix.wixPerMinute(), Duration.ofMinutes(1)), wix);
    media.readyAfter(wix.mediaReadyAfter());
  }

  /** Each Retry-After violation so far, with its distances from the 429 and the promise (see {@code Gate}). */
  public List<String> retryAfterViolations() {
    List<String> all = new java.util.ArrayList<>(notionGate.violations());
    all.addAll(wixGate.violations());
    return all;
  }

  public RequestLog requestLog() {
    return log;
  }

  public Faults faults() {
    return faults;
  }

  /**
   * At the first media import, every file URL handed out so far expires, as if an hour had passed between reading
   * the pages and importing their images (notion.md §6); URLs handed out afterwards are valid.
   */
  public void expireFileUrlsAtFirstImport() {
    media.beforeFirstImport(files::expireIssued);
  }

  /**
   * The site of a first run: the collection {@value #COLLECTION} was never created, so Wix answers 404 WDE0025 to
   * every call about it (wix.md §4.2) until a sync creates it ({@code --create-collection}).
   */
  public void withoutCollection() {
    synchronized (wix) {
      wix.collections.remove(COLLECTION);
      wix.items.remove(COLLECTION);
      wix.referencedCollections.remove(COLLECTION);
    }
  }

  /**
   * Deletes a media file as a site owner does in the Media Manager: to the trash bin (Wix then describes it with
   * {@code state: DELETED} and no longer lists it) or, with {@code permanent}, for good (Wix no longer knows it).
   */
  public void deleteMediaFile(String fileId, boolean permanent) {
    media.delete(WixMedia.fileId(fileId), permanent);
  }

  /** Pages created through the API (the run-log database). */
  public java.util.List<tools.jackson.databind.node.ObjectNode> logPages() {
    return java.util.List.copyOf(notion.logPages);
  }

  /** The webhook subscription: admin page changes become signed events once it is verified (notion.md §9). */
  public NotionWebhooks webhooks() {
    return webhooks;
  }

  /**
   * Back to the built-in seed: Notion pages, bodies, files and run-log pages; the Wix collections, items,
   * references and media; the request log emptied. Ports, limits, queued faults and the webhook subscription stay.
   */
  public void reset() {
    notion.resetTo(SeedContent.build(clock));
    wix.resetTo(WixData.seed(clock));
    log.clear();
  }

  /**
   * {@link #reset()}, then the pages (and Wix items) of a seed file (docs/sandbox.md, "Seeding from a file"). The
   * file is applied to fresh copies first, so a bad file (IllegalArgumentException) changes nothing.
   */
  public void seed(tools.jackson.databind.JsonNode seedFile) {
    NotionData freshNotion = SeedContent.build(clock);
    WixData freshWix = WixData.seed(clock);
    SeedFile.apply(seedFile, freshNotion, freshWix);
    notion.resetTo(freshNotion);
    wix.resetTo(freshWix);
    log.clear();
  }

  /** {@link #seed(tools.jackson.databind.JsonNode)} from a file; IllegalArgumentException names what is wrong. */
  public void seed(java.nio.file.Path file) {
    tools.jackson.databind.JsonNode tree;
    try {
      tree = Exchanges.JSON.readTree(java.nio.file.Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the seed file " + file + ": " + e.getMessage(), e);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("the seed file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    seed(tree);
  }

  public NotionData notion() {
    return notion;
  }

  public WixData wix() {
    return wix;
  }

  /**
   * Stops both servers, dropping every connection in flight, stays down for {@code downtime}, and listens again on
   * the same ports with the same data: a service restart as a client sees it.
   */
  public synchronized void restart(Duration downtime) {
    int notionPort = notionServer.getAddress().getPort();
    int wixPort = wixServer.getAddress().getPort();
    notionServer.stop(0);
    wixServer.stop(0);
    inFlight.forEach(HttpExchange::close); // a dying process takes its sockets with it: clients see them drop now
    try {
      Thread.sleep(downtime);
      notionServer = listen(notionPort, notionContexts);
      wixServer = listen(wixPort, wixContexts);
    } catch (IOException e) {
      throw new UncheckedIOException("the sandbox could not listen again on its ports", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restarting the sandbox", e);
    }
  }

  private HttpServer listen(int port, Map<String, HttpHandler> contexts) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    contexts.forEach((path, handler) -> server.createContext(path, exchange -> {
      inFlight.add(exchange);
      try {
        handler.handle(exchange);
      } finally {
        inFlight.remove(exchange);
      }
    }));
    server.setExecutor(executor);
    server.start();
    return server;
  }

  @Override
  public void close() {
    webhooks.close();
    notionServer.stop(0);
    wixServer.stop(0);
    executor.shutdownNow();
  }
}
