package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.RequestLog;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs one scenario: generates its data into a fresh sandbox, optionally fills the Wix collection with an unpaced
 * sync, applies its edits, switches the sandbox to realistic limits and latency, then runs the product's sync once
 * in this JVM with a fresh state directory and measures it (docs/benchmarks.md, "End-to-end").
 */
final class BenchRunner {

  static final long SEED = 20_261_125L;
  static final double STORM_RATE_LIMITED = 0.10;
  static final double STORM_SERVER_ERRORS = 0.01;
  /** The measured sync's heap limit: the 10,000 pages under {@code -Xmx256m}, for every scenario alike. */
  static final String MEASURED_HEAP = "256m";

  private final PrintWriter progress;
  private final PeerRun peers;

  /** {@code peers} null: the peer path is skipped. */
  BenchRunner(PrintWriter progress, PeerRun peers) {
    this.progress = progress;
    this.peers = peers;
  }

  /** Notion's side: budget {@code perSecond × 60} per minute, 120 ms ± 40 ms. */
  static SandboxOptions notionPacing(double perSecond, int retryAfterSeconds) {
    return new SandboxOptions(0, 0, (int) Math.round(perSecond * 60), Scenario.WIX_PER_MINUTE, retryAfterSeconds,
        Duration.ofMillis(80), Duration.ofMillis(80), Duration.ofHours(1), Duration.ofSeconds(2), 10_000, SEED);
  }

  /** Wix's side: 200 per minute, 90 ms ± 30 ms, imported media READY after 2 s. */
  static SandboxOptions wixPacing(double notionPerSecond) {
    return notionPacing(notionPerSecond, 1).withLatency(Duration.ofMillis(60), Duration.ofMillis(60));
  }

  ScenarioResult run(Scenario scenario) {
    return run(scenario, () -> { });
  }

  /** Runs {@code scenario}; {@code syncStarted} is called once its measured sync has booted and started. */
  ScenarioResult run(Scenario scenario, Runnable syncStarted) {
    GeneratedContent content = new GeneratedContent(scenario.pages(), scenario.shape(), SEED);
    if (scenario.peerOnly()) {
      return peerOnly(scenario, content);
    }
    // The peer reads the same data meanwhile; once our full sync has finished it is stopped if it is still reading,
    // which already answers the comparison (their read alone vs our whole sync) without waiting out its budget.
    CompletableFuture<Void> oursFinished = new CompletableFuture<>();
    CompletableFuture<ScenarioResult.Peer> peer = scenario.peer() && peers != null
        ? CompletableFuture.supplyAsync(() -> peer(content, initialFloor(content), oursFinished), Executors
            .newVirtualThreadPerTaskExecutor())
        : CompletableFuture.completedFuture(null);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      content.load(sandbox.notion());
      Path work = tempDir("bench-" + scenario.name() + "-");
      Path state = work.resolve("state");
      if (scenario.preload()) {
        preload(sandbox, state, work, scenario);
      }
      Changes changes = applyChanges(sandbox, content, scenario);
      Path runState = scenario.keepState() ? state : work.resolve("state-measured");
      sandbox.pace(notionPacing(scenario.notionPerSecond(), scenario.storm() ? 2 : 1),
          wixPacing(scenario.notionPerSecond()));
      if (scenario.storm()) {
        sandbox.faults().rates(STORM_RATE_LIMITED, STORM_SERVER_ERRORS);
      }
      sandbox.requestLog().clear();
      say("bench %s: %d pages, floor %.0f s; syncing (-Xmx%s)", scenario.name(), scenario.pages(),
          changes.floor().seconds(), MEASURED_HEAP);
      ProductProcess.Usage usage = ProductProcess.sync(settings(sandbox, runState, scenario.notionPerSecond(),
          Scenario.WIX_PER_MINUTE), MEASURED_HEAP, work.resolve("measured"), syncStarted);
      oursFinished.complete(null);
      sandbox.faults().clear();
      ScenarioResult ours = result(scenario, content, sandbox, changes, usage);
      say("bench %s: done, wall %.1f s, ratio %.2f", scenario.name(), ours.wallSeconds(), ours.ratio());
      return ours.withPeer(peer.join());
    } finally {
      oursFinished.complete(null);
    }
  }

  private ScenarioResult result(Scenario scenario, GeneratedContent content, Sandbox sandbox, Changes changes,
      ProductProcess.Usage usage) {
    RequestLog log = sandbox.requestLog();
    String correct = verify(sandbox, content, scenario, usage);
    if (log.violations() > 0) {
      correct += "; Retry-After violations: " + String.join("; ", sandbox.retryAfterViolations());
    }
    double floor = changes.floor().seconds();
    return new ScenarioResult(scenario.name(), scenario.what(), scenario.pages(), changes.blocks(),
        round(usage.wallSeconds()), round(floor), round(usage.wallSeconds() / floor), count(log, "notion", 0),
        count(log, "wix", 0), changes.floor().notionMin(), changes.floor().wixMin(), count(log, null, 429),
        serverErrors(log), log.violations(), usage.outcome(), usage.counts(), usage.imagesImported(),
        round(usage.peakHeapMib()), round(usage.peakRssMib()), round(usage.cpuSeconds()), round(usage.bootSeconds()),
        MEASURED_HEAP, null, correct);
  }

  private void say(String format, Object... args) {
    synchronized (progress) {
      progress.printf(format + "%n", args);
      progress.flush();
    }
  }

  /**
   * What the measured run must leave behind: one managed item (carrying {@code notionPageId}) per published page with
   * that page's current title and its image re-hosted in Wix Media, the sandbox's hand-made items untouched, no
   * failures.
   */
  private static String verify(Sandbox sandbox, GeneratedContent content, Scenario scenario,
      ProductProcess.Usage usage) {
    Map<String, String> expected = new HashMap<>();
    IntStream.range(0, content.pages()).filter(i -> !scenario.unpublished(i)).forEach(i -> expected.put(
        GeneratedContent.pageId(i), content.title(i) + (scenario.edited(i) ? " (revised)" : "")));
    Map<String, String> actual = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    int handMade = 0;
    for (var item : sandbox.wix().items(Sandbox.COLLECTION)) {
      String page = item.path("notionPageId").asString("");
      if (page.isEmpty()) {
        handMade++;
        continue;
      }
      actual.put(page, item.path("title").asString());
      if (item.path("content").toString().contains("/files/")) {
        wrong.add(page + " still links a Notion-hosted file");
      }
    }
    expected.forEach((page, title) -> {
      if (!title.equals(actual.get(page))) {
        wrong.add(page + (actual.containsKey(page) ? " has title '" + actual.get(page) + "'" : " is missing"));
      }
    });
    actual.keySet().stream().filter(page -> !expected.containsKey(page)).forEach(page -> wrong.add(page
        + " should not be there"));
    int failed = usage.counts().get(4);
    boolean ok = wrong.isEmpty() && handMade == 2 && failed == 0 && usage.outcome().equals("SUCCESS");
    return ok ? "collection correct: " + actual.size() + " items, one per published page"
        : "COLLECTION WRONG: " + actual.size() + " managed items for " + expected.size() + " published pages, "
            + handMade + " hand-made, outcome " + usage.outcome() + ", " + failed + " failed; first problems: "
            + wrong.stream().limit(3).toList() + "; log tail:\n" + usage.logTail();
  }

  /** Fills the collection (and the state directory) with an unpaced sync of the unchanged data. */
  private void preload(Sandbox sandbox, Path state, Path work, Scenario scenario) {
    say("bench %s: filling the collection with %d pages (unpaced)", scenario.name(), scenario.pages());
    ProductProcess.Usage usage = ProductProcess.sync(settings(sandbox, state, 100_000, 10_000_000), "1g",
        work.resolve("preload"));
    if (usage.counts().get(4) > 0 || usage.counts().getFirst() != scenario.pages()) {
      throw new IllegalStateException("preload sync did not create every item: " + usage.counts() + "\n"
          + usage.logTail());
    }
  }

  private record Changes(RequestFloor floor, long blocks) {}

  /** Applies the scenario's edits and computes the floor of the measured run from the data. */
  private static Changes applyChanges(Sandbox sandbox, GeneratedContent content, Scenario scenario) {
    long read = 0;
    long readCalls = 0;
    long deleted = 0;
    long images = 0;
    long blocks = 0;
    for (int i = 0; i < content.pages(); i++) {
      String id = GeneratedContent.pageId(i);
      if (scenario.unpublished(i)) {
        sandbox.notion().setStatus(id, "Status", "Draft");
        deleted++;
        continue;
      }
      if (scenario.edited(i)) {
        sandbox.notion().setTitle(id, content.title(i) + " (revised)");
      }
      boolean mustRead = !scenario.preload() || scenario.edited(i);
      if (mustRead) {
        read++;
        readCalls += content.bodyReadCalls(i);
        blocks += content.blockCount(i);
        boolean image = scenario.shape() == GeneratedContent.Shape.STANDARD && GeneratedContent.hasImage(i);
        images += !scenario.preload() && image ? 1 : 0;
      }
    }
    long published = content.pages() - deleted;
    long existing = sandbox.wix().items(Sandbox.COLLECTION).stream()
        .filter(item -> !item.path("notionPageId").asString("").isEmpty()).count();
    RequestFloor floor = RequestFloor.of(published, readCalls, existing, read, deleted, images,
        scenario.notionPerSecond(), Scenario.WIX_PER_MINUTE);
    return new Changes(floor, blocks);
  }

  /** The open-source path on the same data, in a sandbox of its own (its own budget), at the same settings. */
  private ScenarioResult.Peer peer(GeneratedContent content, RequestFloor floor, CompletableFuture<?> stop) {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      content.load(sandbox.notion());
      sandbox.pace(notionPacing(Scenario.NOTION_PER_SECOND, 1), wixPacing(Scenario.NOTION_PER_SECOND));
      sandbox.requestLog().clear();
      say("bench peer: %s on the same %d pages", PeerRun.TOOL, content.pages());
      ScenarioResult.Peer result = peers.run(sandbox, floor.seconds(), content.pages(), stop);
      say("bench peer: %s", result.stopped() ? "stopped at " + result.wallSeconds() + " s, " + result.pagesConverted()
          + " of " + result.pages() + " pages read" : result.wallSeconds() > 0 ? "done, " + result.wallSeconds() + " s"
          : result.note());
      return result;
    }
  }

  /** The floor of a first sync of every page of {@code content} (initial-1k's). */
  private static RequestFloor initialFloor(GeneratedContent content) {
    long readCalls = IntStream.range(0, content.pages()).mapToLong(content::bodyReadCalls).sum();
    return RequestFloor.of(content.pages(), readCalls, 0, content.pages(), 0,
        IntStream.range(0, content.pages()).filter(GeneratedContent::hasImage).count(), Scenario.NOTION_PER_SECOND,
        Scenario.WIX_PER_MINUTE);
  }

  private ScenarioResult peerOnly(Scenario scenario, GeneratedContent content) {
    RequestFloor floor = initialFloor(content);
    ScenarioResult.Peer peer = peers == null ? null : peer(content, floor, new CompletableFuture<>());
    return new ScenarioResult(scenario.name(), scenario.what(), scenario.pages(), 0, 0, round(floor.seconds()), 0,
        0, 0, floor.notionMin(), floor.wixMin(), 0, 0, 0, "NOT_RUN", List.of(), 0, 0, 0, 0, 0, "", peer,
        "our sync not run in this scenario; see initial-1k");
  }

  static Map<String, String> settings(Sandbox sandbox, Path state, double notionPerSecond, int wixPerMinute) {
    Map<String, String> settings = new LinkedHashMap<>(sandbox.env());
    settings.put("NOTION_REQUESTS_PER_SECOND", String.valueOf(notionPerSecond));
    settings.put("WIX_REQUESTS_PER_MINUTE", String.valueOf(wixPerMinute));
    settings.put("SYNC_DATA_DIR", state.toString());
    settings.put("SYNC_DEADLINE", "6h");
    settings.put("NOTION_LOG_DATABASE_ID", "");
    settings.put("NOTION_DATA_SOURCE_ID", SeedContent.DATA_SOURCE_ID);
    return settings;
  }

  private static long count(RequestLog log, String side, int status) {
    return log.entries().stream().filter(e -> side == null || e.side().equals(side))
        .filter(e -> status == 0 || e.status() == status).count();
  }

  private static long serverErrors(RequestLog log) {
    return log.entries().stream().filter(e -> e.status() >= 500).count();
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Scenario> resolve(String name) {
    if (name.equals("all")) {
      return new ArrayList<>(Scenario.ALL.stream().filter(s -> !s.peerOnly() && !s.name().equals("smoke")).toList());
    }
    return List.of(Scenario.named(name).orElseThrow(() -> new IllegalArgumentException("unknown scenario " + name)));
  }
}
