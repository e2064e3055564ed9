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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench startup}: time from launching a {@code sync} to the first request the sandbox receives, and the CPU
 * time the process used until then, for each way of starting it: the jar as built ({@code java -jar}) without and
 * with the JDK's default CDS archive; the jar extracted (as the launcher runs it) with the default JIT; with C1 only
 * and the serial GC; plus Spring AOT's generated context; plus an AOT cache (JDK 25, JEP 514) recorded by the same
 * training run as the launcher's ({@code aot-training}); and {@code ./notion-wix sync} itself. Every run but the
 * last row's uses a state directory an untimed sync has already migrated and filled, as a scheduled sync finds it;
 * the last row starts from an empty one. The modes take turns, one run each per round. Needs the built jar
 * ({@code target/notion-wix.jar}).
 */
final class StartupProbe {

  private static final int REPEATS = 3;
  private static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
  private static final List<String> C1_SERIAL =
      List.of(NATIVE, "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static final String SPRING_AOT = "-Dspring.aot.enabled=true";
  /** The launcher's options for one-shot commands (the {@code notion-wix} script; keep the two in step). */
  private static final List<String> ONE_SHOT = concat(C1_SERIAL, List.of(SPRING_AOT));

  private record Mode(String name, List<String> command, boolean emptyState) {}

  private final PrintWriter progress;

  StartupProbe(PrintWriter progress) {
    this.progress = progress;
  }

  int run(PrintWriter out) throws IOException, InterruptedException {
    Path jar = builtJar();
    if (!Files.isRegularFile(jar)) {
      progress.println("bench startup: " + jar + " not found; build it first (./mvnw -DskipTests package)");
      progress.flush();
      return 2;
    }
    Path work = Files.createTempDirectory("bench-startup-");
    try {
      return measure(jar, work, out);
    } finally {
      delete(work);
    }
  }

  private int measure(Path jar, Path work, PrintWriter out) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path app = work.resolve("app").resolve("notion-wix.jar");
    Path cache = work.resolve("notion-wix.aot");
    check(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
        app.getParent().toString()), "extract", null);
    check(concat(List.of(java), ONE_SHOT, List.of("-XX:AOTCacheOutput=" + cache, "-jar", app.toString(),
        "aot-training")), "aot-training (records the AOT cache)", Map.of());
    Path launcher = jar.getParent().resolveSibling("notion-wix");
    boolean withLauncher = Files.isExecutable(launcher);
    if (withLauncher) {
      check(List.of(launcher.toString(), "doctor"), "notion-wix doctor (prepares target/app and its cache)",
          Map.of("SYNC_DATA_DIR", work.resolve("doctor").toString()));
    }
    List<Mode> modes = modes(java, jar, app, cache, withLauncher ? launcher : null);
    String loadBefore = loadAverage();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      Path state = work.resolve("state");
      launch(sandbox, List.of(java, NATIVE, "-jar", jar.toString(), "sync"), state);
      // Round by round, every mode once per round: a change in the machine's load then touches all rows alike.
      Map<Mode, List<Duration[]>> runs = new LinkedHashMap<>();
      for (int i = 0; i < REPEATS; i++) {
        for (Mode mode : modes) {
          runs.computeIfAbsent(mode, m -> new ArrayList<>())
              .add(launch(sandbox, mode.command(), mode.emptyState() ? work.resolve("empty-" + i) : state));
        }
      }
      out.println("| how the sync starts | first remote request (median of " + REPEATS + ") | CPU time until then "
          + "| whole sync |");
      out.println("|---|---|---|---|");
      runs.forEach((mode, times) -> out.println(String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.2f s |",
          mode.name(), median(times, 0), median(times, 2), median(times, 1))));
    }
    out.println("AOT cache: " + Files.size(cache) / (1024 * 1024) + " MiB; load average (1, 5, 15 min) before: "
        + loadBefore + ", after: " + loadAverage() + "; " + Runtime.version());
    out.flush();
    return 0;
  }

  private static List<Mode> modes(String java, Path jar, Path app, Path cache, Path launcher) {
    List<String> sync = List.of("sync");
    List<Mode> modes = new ArrayList<>(List.of(
        new Mode("java -jar, no CDS (-Xshare:off)", concat(List.of(java, NATIVE, "-Xshare:off", "-jar",
            jar.toString()), sync), false),
        new Mode("java -jar, default CDS archive (the launcher before #10)", concat(List.of(java, NATIVE, "-jar",
            jar.toString()), sync), false),
        new Mode("extracted jar, default CDS archive", concat(List.of(java, NATIVE, "-jar", app.toString()), sync),
            false),
        new Mode("extracted jar, C1 + serial GC, default CDS", concat(List.of(java), C1_SERIAL,
            List.of("-jar", app.toString()), sync), false),
        new Mode("extracted jar, C1 + serial GC, Spring AOT, default CDS (launcher on JDK 21-24)",
            concat(List.of(java), ONE_SHOT, List.of("-jar", app.toString()), sync), false),
        new Mode("extracted jar, default JIT and GC, Spring AOT, AOT cache", concat(List.of(java, NATIVE, SPRING_AOT,
            "-XX:AOTCache=" + cache, "-jar", app.toString()), sync), false),
        new Mode("extracted jar, C1 + serial GC, Spring AOT, AOT cache (launcher on JDK 25)", concat(List.of(java),
            ONE_SHOT, List.of("-XX:AOTCache=" + cache, "-jar", app.toString()), sync), false)));
    if (launcher != null) {
      modes.add(new Mode("./notion-wix sync (the launcher, end to end)", List.of(launcher.toString(), "sync"), false));
      modes.add(new Mode("./notion-wix sync, empty state directory (first run: migrations)",
          List.of(launcher.toString(), "sync"), true));
    }
    return modes;
  }

  /**
   * Runs one sync; returns {time to first request, time to exit, CPU time used by the first request}. The CPU time
   * (sampled every 5 ms until the sandbox sees a request) does not depend on what else the machine runs.
   */
  private Duration[] launch(Sandbox sandbox, List<String> command, Path state)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(BenchRunner.settings(sandbox, state, 1000, 100_000));
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
      throw new IllegalStateException(command + " exited with " + code + " after " + entries.size() + " requests");
    }
    Duration first = Duration.between(launched, entries.getFirst().at());
    progress.printf("bench startup %s: first request after %d ms, %d ms CPU%n", command.subList(1, command.size()),
        first.toMillis(), cpu.toMillis());
    progress.flush();
    return new Duration[] {first, total, cpu};
  }

  /**
   * Runs a preparation step to its end; throws when it fails. {@code env}: null for this process's environment,
   * else only PATH, HOME, TMPDIR and JAVA_HOME of it plus these settings.
   */
  private void check(List<String> command, String what, Map<String, String> env)
      throws IOException, InterruptedException {
    progress.println("bench startup: " + what);
    progress.flush();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    if (env != null) {
      builder.environment().keySet().retainAll(List.of("PATH", "HOME", "TMPDIR", "JAVA_HOME"));
      builder.environment().putAll(env);
    }
    int code = builder.start().waitFor();
    if (code != 0) {
      throw new IllegalStateException(what + " exited with " + code);
    }
  }

  /** {@code target/notion-wix.jar}, also when this JVM runs from the launcher's extracted copy of it. */
  private static Path builtJar() {
    Path running = ProductProcess.jar();
    Path dir = running.getParent();
    if (dir != null && Files.isDirectory(dir.resolve("lib"))
        && Files.isRegularFile(dir.resolveSibling("notion-wix.jar"))) {
      return dir.resolveSibling("notion-wix.jar");
    }
    return running;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return Stream.of(parts).flatMap(List::stream).toList();
  }

  private static double median(List<Duration[]> runs, int which) {
    List<Long> millis = runs.stream().map(r -> r[which].toMillis()).sorted().toList();
    return millis.get(millis.size() / 2) / 1000.0;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
