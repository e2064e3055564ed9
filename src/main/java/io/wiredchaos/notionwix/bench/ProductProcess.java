package io.wiredchaos.notionwix.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product under test: {@code java -jar notion-wix.jar sync} as its own process, so its heap, resident memory and
 * CPU time are its own and not the sandbox's. Measured from outside: GNU {@code time} gives CPU time and peak RSS,
 * the JVM's GC log gives the peak heap (highest occupancy before any collection, or at exit), the run's
 * {@code run started} / {@code run finished} log lines give the boot and sync times.
 */
final class ProductProcess {

  /** What one sync process did and used. {@code wallSeconds}: the run itself; {@code bootSeconds}: launch to run. */
  record Usage(double wallSeconds, double bootSeconds, String outcome, List<Integer> counts, int imagesImported,
      double peakHeapMib, double peakRssMib, double cpuSeconds, String logTail) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern GC_BEFORE = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(");
  private static final Pattern EXIT_USED = Pattern.compile("used (\\d+)K");
  private static final Path TIME = Path.of("/usr/bin/time");

  private ProductProcess() {}

  /** Runs one sync with {@code -Xmx<heap>} against {@code settings}; throws when it cannot be started. */
  static Usage sync(Map<String, String> settings, String maxHeap, Path work) {
    return sync(settings, maxHeap, work, () -> { });
  }

  /** As {@link #sync(Map, String, Path)}, calling {@code started} once the run has started (its boot is over). */
  static Usage sync(Map<String, String> settings, String maxHeap, Path work, Runnable onStart) {
    try {
      Files.createDirectories(work);
      Path gc = work.resolve("gc.log");
      Path times = work.resolve("time.txt");
      Path log = work.resolve("sync.log");
      List<String> command = new ArrayList<>();
      boolean timed = Files.isExecutable(TIME);
      if (timed) {
        command.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
      }
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(List.of("-Xmx" + maxHeap, "-Xlog:gc,gc+heap+exit:file=" + gc, "--enable-native-access=ALL-UNNAMED",
          "-jar", jar().toString(), "sync"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(settings);
      builder.environment().put("NOTION_WIX_DEBUG", "1");
      Instant launched = Instant.now();
      Process process = builder.start();
      announceStart(process, log, onStart);
      int code = process.waitFor();
      onStart.run(); // also when it never logged a start, so nobody waits for it
      List<String> lines = Files.readAllLines(log);
      JsonNode started = logLine(lines, "\"run started\"");
      JsonNode finished = logLine(lines, "\"run finished");
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      if (finished == null) {
        throw new IllegalStateException("sync exited with " + code + " without finishing a run:\n" + tail);
      }
      double boot = started == null ? 0 : Duration.between(launched,
          Instant.parse(started.path("@timestamp").asString())).toMillis() / 1000.0;
      JsonNode items = finished.path("items");
      List<Integer> counts = List.of(items.path("created").asInt(), items.path("updated").asInt(),
          items.path("deleted").asInt(), items.path("unchanged").asInt(), items.path("failed").asInt());
      double[] time = timed ? times(times) : new double[] {0, 0, 0, 0};
      return new Usage(finished.path("run").path("duration_ms").asLong() / 1000.0, boot,
          finished.path("run").path("outcome").asString(), counts, finished.path("images").path("imported").asInt(),
          peakHeapMib(gc), time[3] / 1024.0, time[1] + time[2], tail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the sync ran", e);
    }
  }

  /** Watches the log for the run's start (4 times a second) and calls {@code started} when it appears. */
  private static void announceStart(Process process, Path log, Runnable started) {
    Thread.ofVirtual().start(() -> {
      try {
        while (process.isAlive()) {
          if (Files.exists(log) && Files.readString(log).contains("\"run started\"")) {
            started.run();
            return;
          }
          Thread.sleep(250);
        }
      } catch (IOException | java.io.UncheckedIOException | InterruptedException e) {
        // the end of the process announces instead
      }
    });
  }

  private static JsonNode logLine(List<String> lines, String message) {
    return lines.stream().filter(l -> l.startsWith("{") && l.contains(message)).reduce((a, b) -> b)
        .map(JSON::readTree).orElse(null);
  }

  /** {elapsed s, user s, system s, max RSS KiB} from GNU time's {@code %e %U %S %M}. */
  private static double[] times(Path file) throws IOException {
    String last = Files.readAllLines(file).getLast().trim();
    String[] parts = last.split("\\s+");
    double[] values = new double[4];
    for (int i = 0; i < 4; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }

  static double peakHeapMib(Path gcLog) throws IOException {
    double peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher before = GC_BEFORE.matcher(line);
      while (before.find()) {
        double value = Double.parseDouble(before.group(1));
        peak = Math.max(peak, switch (before.group(2)) {
          case "K" -> value / 1024;
          case "G" -> value * 1024;
          default -> value;
        });
      }
      Matcher used = EXIT_USED.matcher(line);
      if (line.contains("heap") && used.find()) {
        peak = Math.max(peak, Double.parseDouble(used.group(1)) / 1024);
      }
    }
    return peak;
  }

  /** The jar this JVM runs from, else {@code target/notion-wix.jar} (tests run from the build's classes). */
  static Path jar() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
      return Path.of(classPath).toAbsolutePath();
    }
    return Path.of("target", "notion-wix.jar").toAbsolutePath();
  }
}
