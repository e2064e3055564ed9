package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.RequestLog;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
  private static final double MIB = 1024.0 * 1024.0;

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
    GeneratedContent content = new GeneratedContent(scenario.pages(), scenario.shape(), SEED);
    if (scenario.peerOnly()) {
      return peerOnly(scenario, content);
    }
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      content.load(sandbox.notion());
      Path state = tempDir("bench-state-");
      if (scenario.preload()) {
        preload(sandbox, state, scenario);
      }
      Changes changes = applyChanges(sandbox, content, scenario);
      Path runState = scenario.keepState() ? state : tempDir("bench-state-");
      sandbox.pace(notionPacing(scenario.notionPerSecond(), scenario.storm() ? 2 : 1),
          wixPacing(scenario.notionPerSecond()));
      if (scenario.storm()) {
        sandbox.faults().rates(STORM_RATE_LIMITED, STORM_SERVER_ERRORS);
      }
      sandbox.requestLog().clear();
      long retained = ResourceMeter.retainedHeap();
      progress.printf("bench %s: %d pages, floor %.0f s; syncing%n", scenario.name(), scenario.pages(),
          changes.floor().seconds());
      progress.flush();
      ScenarioResult ours = measure(scenario, content, sandbox, runState, changes, retained);
      return scenario.peer() ? ours.withPeer(peer(content, changes.floor())) : ours;
    }
  }

  private ScenarioResult measure(Scenario scenario, GeneratedContent content, Sandbox sandbox, Path state,
      Changes changes, long retained) {
    long bootStart = System.nanoTime();
    try (InProcessSync sync = new InProcessSync(settings(sandbox, state, scenario.notionPerSecond(),
        Scenario.WIX_PER_MINUTE));
        ResourceMeter meter = new ResourceMeter()) {
      double boot = (System.nanoTime() - bootStart) / 1e9;
      long start = System.nanoTime();
      RunReport report = sync.run();
      double wall = (System.nanoTime() - start) / 1e9;
      ResourceMeter.Usage usage = meter.usage();
      sandbox.faults().clear();
      RequestLog log = sandbox.requestLog();
      String correct = verify(sandbox, content, scenario, report);
      RunCounts c = report.counts();
      double floor = changes.floor().seconds();
      return new ScenarioResult(scenario.name(), scenario.what(), scenario.pages(), changes.blocks(), round(wall),
          round(floor), round(wall / floor), count(log, "notion", 0), count(log, "wix", 0),
          changes.floor().notionMin(), changes.floor().wixMin(), count(log, null, 429), serverErrors(log),
          log.violations(), report.outcome().name(),
          List.of(c.created(), c.updated(), c.deleted(), c.unchanged(), c.failed()), report.imagesImported(),
          round(usage.peakHeapBytes() / MIB), round(retained / MIB), round(usage.peakRssBytes() / MIB),
          round(usage.cpuMillis() / 1000.0), round(boot), maxHeap(), null,
          correct + (usage.rssReset() ? "" : "; RSS peak is since JVM start (reset not permitted)"));
    }
  }

  /**
   * What the measured run must leave behind: one managed item (carrying {@code notionPageId}) per published page with
   * that page's current title and its image re-hosted in Wix Media, the sandbox's hand-made items untouched, no
   * failures.
   */
  private static String verify(Sandbox sandbox, GeneratedContent content, Scenario scenario, RunReport report) {
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
    boolean ok = wrong.isEmpty() && handMade == 2 && report.counts().failed() == 0;
    return ok ? "collection correct: " + actual.size() + " items, one per published page"
        : "COLLECTION WRONG: " + actual.size() + " managed items for " + expected.size() + " published pages, "
            + handMade + " hand-made, " + report.counts().failed() + " failed; first problems: "
            + wrong.stream().limit(3).toList() + "; " + report.errorSummary();
  }

  /** Fills the collection (and the state directory) with an unpaced sync of the unchanged data. */
  private void preload(Sandbox sandbox, Path state, Scenario scenario) {
    progress.printf("bench %s: filling the collection with %d pages (unpaced)%n", scenario.name(), scenario.pages());
    progress.flush();
    try (InProcessSync sync = new InProcessSync(settings(sandbox, state, 100_000, 10_000_000))) {
      RunReport report = sync.run();
      if (report.counts().failed() > 0 || report.counts().created() != scenario.pages()) {
        throw new IllegalStateException("preload sync did not create every item: " + report.counts() + " "
            + report.errorSummary());
      }
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
    long existing = scenario.preload() ? content.pages() : 0;
    RequestFloor floor = RequestFloor.of(published, readCalls, existing, read, deleted, images,
        scenario.notionPerSecond(), Scenario.WIX_PER_MINUTE);
    return new Changes(floor, blocks);
  }

  private ScenarioResult.Peer peer(GeneratedContent content, RequestFloor floor) {
    if (peers == null) {
      return null;
    }
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      content.load(sandbox.notion());
      sandbox.pace(notionPacing(Scenario.NOTION_PER_SECOND, 1), wixPacing(Scenario.NOTION_PER_SECOND));
      sandbox.requestLog().clear();
      progress.printf("bench peer: %s on the same %d pages%n", PeerRun.TOOL, content.pages());
      progress.flush();
      return peers.run(sandbox, floor.seconds());
    }
  }

  private ScenarioResult peerOnly(Scenario scenario, GeneratedContent content) {
    long readCalls = IntStream.range(0, content.pages()).mapToLong(content::bodyReadCalls).sum();
    RequestFloor floor = RequestFloor.of(content.pages(), readCalls, 0, content.pages(),
        0, IntStream.range(0, content.pages()).filter(GeneratedContent::hasImage).count(),
        Scenario.NOTION_PER_SECOND, Scenario.WIX_PER_MINUTE);
    ScenarioResult.Peer peer = peer(content, floor);
    return new ScenarioResult(scenario.name(), scenario.what(), scenario.pages(), 0, 0, round(floor.seconds()), 0,
        0, 0, floor.notionMin(), floor.wixMin(), 0, 0, 0, "NOT_RUN", List.of(), 0, 0, 0, 0, 0, 0, maxHeap(), peer,
        "our sync not run in this scenario; see initial-1k");
  }

  static Map<String, String> settings(Sandbox sandbox, Path state, double notionPerSecond, int wixPerMinute) {
    Map<String, String> settings = new LinkedHashMap<>(sandbox.env());
    settings.put("NOTION_REQUESTS_PER_SECOND", String.valueOf(notionPerSecond));
    settings.put("WIX_REQUESTS_PER_MINUTE", String.valueOf(wixPerMinute));
    settings.put("SYNC_DATA_DIR", state.toString());
    settings.put("SYNC_DEADLINE", "6h");
    settings.put("NOTION_LOG_DATABASE_ID", "");
    return settings;
  }

  private static long count(RequestLog log, String side, int status) {
    return log.entries().stream().filter(e -> side == null || e.side().equals(side))
        .filter(e -> status == 0 || e.status() == status).count();
  }

  private static long serverErrors(RequestLog log) {
    return log.entries().stream().filter(e -> e.status() >= 500).count();
  }

  static String maxHeap() {
    return Math.round(Runtime.getRuntime().maxMemory() / MIB) + " MiB";
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
      return new ArrayList<>(Scenario.ALL.stream().filter(s -> !s.peerOnly()).toList());
    }
    return List.of(Scenario.named(name).orElseThrow(() -> new IllegalArgumentException("unknown scenario " + name)));
  }
}
