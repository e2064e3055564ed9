package io.wiredchaos.notionwix.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", defaultValue = "smoke", paramLabel = "<scenario>",
      description = "smoke (default), initial-1k, nochange-10k, incremental-10k, big-page, storm, peer-1k, "
          + "startup, or all (every scenario but peer-1k and startup).")
  String scenario;

  @Option(names = "--results", defaultValue = "bench/results", description = "Results directory (default: "
      + "${DEFAULT-VALUE}).")
  Path results;

  @Option(names = "--peers", defaultValue = "bench/peers", description = "Peer scripts (default: ${DEFAULT-VALUE}).")
  Path peers;

  @Option(names = "--no-peers", description = "Skip the open-source peer path.")
  boolean noPeers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (scenario.equals("startup")) {
      return new StartupProbe(err).run(out);
    }
    BenchRunner runner = new BenchRunner(err, noPeers ? null : new PeerRun(peers));
    List<ScenarioResult> done = new ArrayList<>();
    for (Scenario s : BenchRunner.resolve(scenario)) {
      done.add(runner.run(s));
      ResultFiles.write(results, "notion-wix bench " + s.name() + (noPeers ? " --no-peers" : ""), List.of(
          done.getLast()));
    }
    out.print(ResultFiles.markdown(done));
    done.forEach(r -> out.println(r.scenario() + ": " + r.note()
        + (r.peer() == null ? "" : "; peer: " + r.peer().note())));
    out.flush();
    return failures(done).isEmpty() ? 0 : fail(err, failures(done));
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
