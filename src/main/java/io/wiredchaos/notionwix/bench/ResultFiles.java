package io.wiredchaos.notionwix.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code <dir>/<date>.json}: the machine, the command, and one entry per scenario; a later run of a scenario on
 * the same day replaces its entry (several bench processes may write the same file; a lock serialises them).
 * {@link #markdown} renders the table docs/benchmarks.md shows.
 */
final class ResultFiles {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ResultFiles() {}

  static Path write(Path dir, String command, List<ScenarioResult> results) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(LocalDate.now(ZoneOffset.UTC) + ".json");
      try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
        ObjectNode root = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        root.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        root.set("machine", machine());
        ArrayNode runs = root.has("results") ? (ArrayNode) root.get("results") : root.putArray("results");
        for (ScenarioResult result : results) {
          for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).path("scenario").asString().equals(result.scenario())) {
              runs.remove(i);
            }
          }
          ObjectNode entry = JSON.valueToTree(result);
          entry.put("command", command);
          runs.add(entry);
        }
        JSON.writeValue(file.toFile(), root);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode machine() {
    ObjectNode machine = JSON.createObjectNode();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    machine.put("cpu", cpuModel());
    return machine;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String markdown(List<ScenarioResult> results) {
    StringBuilder md = new StringBuilder();
    md.append("| scenario | wall | floor | ratio | Notion req (min) | Wix req (min) | 429s | Retry-After violations "
        + "| peak heap (-Xmx) | peak RSS | CPU | peer wall (ratio) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (ScenarioResult r : results) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | **%.2f** | %d (%d) | %d (%d) | %d | %d "
          + "| %.0f MiB (%s) | %.0f MiB | %.1f s | %s |%n", r.scenario(), r.wallSeconds(), r.floorSeconds(),
          r.ratio(), r.notionRequests(), r.notionMinimum(), r.wixRequests(), r.wixMinimum(), r.rateLimited(),
          r.retryAfterViolations(), r.peakHeapMib(), r.maxHeap(), r.peakRssMib(), r.cpuSeconds(),
          peer(r.peer())));
    }
    return md.toString();
  }

  private static String peer(ScenarioResult.Peer peer) {
    if (peer == null) {
      return "–";
    }
    if (peer.wallSeconds() == 0) {
      return peer.note();
    }
    if (peer.stopped()) {
      return String.format(Locale.ROOT, "stopped at %.1f s with %d of %d pages read: ≈ %.0f s projected (%.2f), "
          + "%d req, %d × 429", peer.wallSeconds(), peer.pagesConverted(), peer.pages(), peer.projectedSeconds(),
          peer.ratio(), peer.notionRequests(), peer.rateLimited());
    }
    return String.format(Locale.ROOT, "%.1f s (%.2f), %d req, %d × 429", peer.wallSeconds(), peer.ratio(),
        peer.notionRequests(), peer.rateLimited());
  }

  static final String BEGIN = "<!-- bench all: begin (written by notion-wix bench all) -->";
  static final String END = "<!-- bench all: end -->";

  /**
   * Replaces the part of {@code docs} between {@link #BEGIN} and {@link #END} with this run's command, machine and
   * table; leaves the file alone when it has no such part.
   */
  static void updateDocs(Path docs, String command, String table, double minutes) {
    try {
      if (!Files.isRegularFile(docs)) {
        return;
      }
      String text = Files.readString(docs);
      int begin = text.indexOf(BEGIN);
      int end = text.indexOf(END);
      if (begin < 0 || end < begin) {
        return;
      }
      ObjectNode m = machine();
      String section = BEGIN + "\n\n" + String.format(Locale.ROOT, "`%s`, %s (UTC), %.1f min in all; %d cores "
          + "(%s), %s, load average %.1f at the end.%n%n", "./" + command, LocalDate.now(ZoneOffset.UTC), minutes,
          m.path("cores").asInt(), m.path("cpu").asString(), m.path("jdk").asString(),
          m.path("loadAverage").asDouble()) + table + "\n";
      Files.writeString(docs, text.substring(0, begin) + section + text.substring(end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
