package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.RequestLog;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench startup}: time from launching {@code java -jar notion-wix.jar sync} to the first request the sandbox
 * receives, without class data sharing, with the JDK's default CDS archive, and with an AOT cache (JDK 25, JEP 483/
 * 514) recorded by one training run of the same command. Needs the built jar ({@code target/notion-wix.jar}).
 */
final class StartupProbe {

  private static final int REPEATS = 3;
  private final PrintWriter progress;

  StartupProbe(PrintWriter progress) {
    this.progress = progress;
  }

  int run(PrintWriter out) throws IOException, InterruptedException {
    Path jar = ProductProcess.jar();
    if (!Files.isRegularFile(jar)) {
      progress.println("bench startup: " + jar + " not found; build it first (./mvnw -DskipTests package)");
      progress.flush();
      return 2;
    }
    Path cache = jar.resolveSibling("notion-wix.aot");
    Files.deleteIfExists(cache);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      launch(sandbox, jar, List.of("-XX:AOTCacheOutput=" + cache));
      Map<String, List<String>> modes = Map.of("no CDS (-Xshare:off)", List.of("-Xshare:off"),
          "default CDS archive", List.of(), "AOT cache (-XX:AOTCache)", List.of("-XX:AOTCache=" + cache));
      out.println("| JVM | first remote request (median of " + REPEATS + ") | CPU time until then | whole sync of the "
          + "seed |");
      out.println("|---|---|---|---|");
      for (String mode : List.of("no CDS (-Xshare:off)", "default CDS archive", "AOT cache (-XX:AOTCache)")) {
        List<Duration[]> runs = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
          runs.add(launch(sandbox, jar, modes.get(mode)));
        }
        out.println(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s |", mode, median(runs, 0),
            median(runs, 2), median(runs, 1)));
      }
      out.println("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MiB)");
    }
    out.flush();
    return 0;
  }

  /**
   * Runs one sync; returns {time to first request, time to exit, CPU time used by the first request}. The CPU time
   * (sampled every 5 ms until the sandbox sees a request) does not depend on what else the machine runs.
   */
  private Duration[] launch(Sandbox sandbox, Path jar, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "sync"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(BenchRunner.settings(sandbox, Files.createTempDirectory("bench-startup-"), 1000,
        100_000));
    RequestLog log = sandbox.requestLog();
    log.clear();
    Instant launched = Instant.now();
    Process process = builder.start();
    Duration cpu = Duration.ZERO;
    while (process.isAlive() && log.entries().isEmpty()) {
      cpu = process.toHandle().info().totalCpuDuration().orElse(cpu);
      Thread.sleep(5);
    }
    int code = process.waitFor();
    Duration total = Duration.between(launched, Instant.now());
    List<RequestLog.Entry> entries = log.entries();
    if (code != 0 || entries.isEmpty()) {
      throw new IllegalStateException("sync " + jvmOptions + " exited with " + code + " after "
          + entries.size() + " requests");
    }
    progress.printf("bench startup %s: first request after %d ms, %d ms CPU%n", jvmOptions,
        Duration.between(launched, entries.getFirst().at()).toMillis(), cpu.toMillis());
    progress.flush();
    return new Duration[] {Duration.between(launched, entries.getFirst().at()), total, cpu};
  }

  private static double median(List<Duration[]> runs, int which) {
    List<Long> millis = runs.stream().map(r -> r[which].toMillis()).sorted().toList();
    return millis.get(millis.size() / 2) / 1000.0;
  }
}
