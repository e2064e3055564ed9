package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The common open-source path on the same data: {@code bench/peers/peer.mjs} with {@code @notionhq/client} and
 * {@code notion-to-md} reads every row of the data source and converts each page to Markdown, writing nothing. Runs
 * with {@code node}; installs the pinned dev dependencies with {@code npm ci} when {@code node_modules} is missing.
 *
 * <p>It can be stopped early by a signal (in {@code all}: when our own full sync of the same data has finished, which
 * is the comparison the benchmark makes); it then reports how many pages it had read and its projected wall time at
 * the rate it kept, instead of spending the rest of the budget-bound read.
 */
final class PeerRun {

  static final String TOOL = "@notionhq/client + notion-to-md";
  private static final long TIMEOUT_SECONDS = 7_200;
  private final Path dir;

  PeerRun(Path dir) {
    this.dir = dir;
  }

  /**
   * @param pages rows in the data source
   * @param stop completes when the peer should stop if it has not finished yet (never completing: run to the end)
   */
  ScenarioResult.Peer run(Sandbox sandbox, double floorSeconds, int pages, CompletableFuture<?> stop) {
    try {
      if (!Files.isDirectory(dir.resolve("node_modules"))) {
        exec(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile()), 600);
      }
      ProcessBuilder node = new ProcessBuilder("node", "peer.mjs").directory(dir.toFile());
      node.environment().put("NOTION_BASE_URL", sandbox.notionBaseUrl());
      node.environment().put("NOTION_TOKEN", Sandbox.NOTION_TOKEN);
      node.environment().put("NOTION_DATA_SOURCE_ID", SeedContent.DATA_SOURCE_ID);
      long start = System.nanoTime();
      Progress progress = follow(node.redirectError(ProcessBuilder.Redirect.INHERIT).start(), stop);
      double wall = (System.nanoTime() - start) / 1e9;
      var log = sandbox.requestLog();
      long requests = log.side("notion").size();
      long limited = log.side("notion").stream().filter(e -> e.status() == 429).count();
      if (progress.stopped()) {
        double projected = progress.pages() == 0 ? 0 : wall * pages / progress.pages();
        return new ScenarioResult.Peer(BenchRunner.round(wall), requests, limited, log.violations(),
            BenchRunner.round(projected / floorSeconds), progress.pages(), pages, true, BenchRunner.round(projected),
            TOOL, "read + convert to Markdown only; stopped when our full sync had finished");
      }
      return new ScenarioResult.Peer(BenchRunner.round(wall), requests, limited, log.violations(),
          BenchRunner.round(wall / floorSeconds), progress.pages(), pages, false, BenchRunner.round(wall), TOOL,
          "read + convert to Markdown only; writes nothing");
    } catch (IOException | RuntimeException e) {
      return ScenarioResult.Peer.notRun(TOOL, "not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ScenarioResult.Peer.notRun(TOOL, "interrupted");
    }
  }

  /** How far the peer got, and whether it was stopped before it finished. */
  private record Progress(int pages, boolean stopped) {}

  /** Reads the peer's progress lines until it exits or {@code stop} completes (then it is killed). */
  private static Progress follow(Process process, CompletableFuture<?> stop) throws IOException, InterruptedException {
    AtomicInteger pages = new AtomicInteger();
    AtomicReference<String> last = new AtomicReference<>("");
    Thread reader = Thread.ofVirtual().start(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          last.set(line);
          if (line.startsWith("page ")) {
            pages.set(Integer.parseInt(line.substring(5).trim()));
          }
        }
      } catch (IOException | NumberFormatException ignored) {
        // the process was killed or printed something else: the count so far stands
      }
    });
    CompletableFuture<Process> exited = process.onExit();
    try {
      CompletableFuture.anyOf(exited, stop).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("node peer.mjs did not finish in " + TIMEOUT_SECONDS + " s");
    }
    if (!exited.isDone()) {
      process.destroyForcibly().waitFor();
      reader.join();
      return new Progress(pages.get(), true);
    }
    reader.join();
    if (process.exitValue() != 0) {
      throw new IOException("node peer.mjs exited with " + process.exitValue());
    }
    String summary = last.get();
    return new Progress(Integer.parseInt(summary.replaceAll("(?s).*\"pages\":(\\d+).*", "$1")), false);
  }

  /** Runs a process to its end; its stderr goes to ours; returns its stdout. */
  private static String exec(ProcessBuilder builder, long timeoutSeconds) throws IOException, InterruptedException {
    Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", builder.command()) + " timed out");
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", builder.command()) + " exited with " + process.exitValue());
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
