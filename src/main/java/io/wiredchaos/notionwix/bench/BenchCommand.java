package io.wiredchaos.notionwix.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [scenario]}: measures the sync against the request-budget floor (docs/benchmarks.md). Prints a
 * Markdown table and writes {@code <results>/<date>.json}. Exits 1 when any Retry-After was violated, a run did not
 * leave the collection correct, or {@code smoke} took more than {@value #SMOKE_MAX_RATIO} × its floor.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the sync against the sandbox at realistic rate limits and latency.")
public final class BenchCommand implements Callable<Integer> {

  static final double SMOKE_MAX_RATIO = 1.5;

  /** How long the shorter scenarios of {@code all} wait for the long ones to boot, at most. */
  static final Duration HEAD_START = Duration.ofSeconds(120);

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", defaultValue = "smoke", paramLabel = "<scenario>",
      description = "smoke (default), initial-1k, nochange-10k, incremental-10k, big-page, storm, peer-1k, "
          + "all (every scenario but smoke and peer-1k, side by side), startup, or throughput.")
  String scenario;

  @Option(names = "--results", defaultValue = "bench/results", description = "Results directory (default: "
      + "${DEFAULT-VALUE}).")
  Path results;

  @Option(names = "--peers", defaultValue = "bench/peers", description = "Peer scripts (default: ${DEFAULT-VALUE}).")
  Path peers;

  @Option(names = "--no-peers", description = "Skip the open-source peer path.")
  boolean noPeers;

  @Option(names = "--docs", defaultValue = "docs/benchmarks.md", description = "With all: the Markdown file whose "
      + "marked table is replaced (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (scenario.equals("startup")) {
      return new StartupProbe(err).run(out);
    }
    if (scenario.equals("throughput")) {
      return new ThroughputProbe().run(out);
    }
    BenchRunner runner = new BenchRunner(err, noPeers ? null : new PeerRun(peers));
    String command = "notion-wix bench " + scenario + (noPeers ? " --no-peers" : "");
    long start = System.nanoTime();
    List<ScenarioResult> done = runAll(runner, BenchRunner.resolve(scenario), command);
    double minutes = (System.nanoTime() - start) / 60e9;
    String table = ResultFiles.markdown(done);
    out.print(table);
    done.forEach(r -> out.println(r.scenario() + ": " + r.note()
        + (r.peer() == null ? "" : "; peer: " + r.peer().note())));
    out.printf(java.util.Locale.ROOT, "bench %s: %.1f min in all%n", scenario, minutes);
    out.flush();
    if (scenario.equals("all")) {
      ResultFiles.updateDocs(docs, command, table, minutes);
    }
    return failures(done).isEmpty() ? 0 : fail(err, failures(done));
  }

  /**
   * Runs the scenarios side by side, each with its own sandbox (so its own request budgets) and its own sync
   * process: the budgets, not the machine, set the pace, so running them together costs the figures little and
   * keeps {@code all} near its longest scenario. The long, budget-bound ones start first; the others wait until those
   * have booted (at most {@link #HEAD_START}), because on two cores every JVM booting at once, with the unpaced
   * fills of the 10,000-page collections, stretched each boot to over a minute and with it the whole run. Each
   * result is written as soon as it is known.
   */
  private List<ScenarioResult> runAll(BenchRunner runner, List<Scenario> scenarios, String command)
      throws InterruptedException, ExecutionException {
    List<Scenario> longOnes = scenarios.stream().filter(BenchCommand::budgetBound).toList();
    CountDownLatch booted = new CountDownLatch(longOnes.size());
    List<Future<ScenarioResult>> futures = new ArrayList<>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Scenario s : scenarios) {
        boolean first = budgetBound(s);
        AtomicBoolean announced = new AtomicBoolean();
        Runnable started = () -> {
          if (first && announced.compareAndSet(false, true)) {
            booted.countDown();
          }
        };
        futures.add(pool.submit(() -> {
          if (!first) {
            booted.await(HEAD_START.toSeconds(), TimeUnit.SECONDS);
          }
          ScenarioResult result;
          try {
            result = runner.run(s, started);
          } catch (RuntimeException e) {
            result = ScenarioResult.failed(s, e);
          } finally {
            started.run();
          }
          ResultFiles.write(results, command, List.of(result));
          return result;
        }));
      }
    }
    List<ScenarioResult> done = new ArrayList<>();
    for (var future : futures) {
      done.add(future.get());
    }
    return done;
  }

  /** The scenarios whose wall is set by the Notion budget over 1,000 pages (initial-1k, storm). */
  private static boolean budgetBound(Scenario s) {
    return !s.preload() && s.pages() >= 1_000;
  }

  /** Why the run fails the checks: violations, a wrong collection, smoke over its ratio. */
  static List<String> failures(List<ScenarioResult> results) {
    List<String> failures = new ArrayList<>();
    for (ScenarioResult r : results) {
      if (r.retryAfterViolations() > 0) {
        failures.add(r.scenario() + ": " + r.retryAfterViolations() + " Retry-After violation(s)");
      }
      if (!r.outcome().equals("NOT_RUN") && !r.note().startsWith("collection correct")) {
        failures.add(r.scenario() + ": " + r.note());
      }
      if (r.scenario().equals("smoke") && r.ratio() > SMOKE_MAX_RATIO) {
        failures.add("smoke: wall/floor " + r.ratio() + " > " + SMOKE_MAX_RATIO);
      }
    }
    return failures;
  }

  private static int fail(PrintWriter err, List<String> failures) {
    failures.forEach(f -> err.println("bench check failed: " + f));
    err.flush();
    return 1;
  }
}
