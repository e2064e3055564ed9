package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The common open-source path on the same data: {@code bench/peers/peer.mjs} with {@code @notionhq/client} and
 * {@code notion-to-md} reads every row of the data source and converts each page to Markdown, writing nothing. Runs
 * with {@code node}; installs the pinned dev dependencies with {@code npm ci} when {@code node_modules} is missing.
 */
final class PeerRun {

  static final String TOOL = "@notionhq/client + notion-to-md";
  private final Path dir;

  PeerRun(Path dir) {
    this.dir = dir;
  }

  ScenarioResult.Peer run(Sandbox sandbox, double floorSeconds) {
    try {
      if (!Files.isDirectory(dir.resolve("node_modules"))) {
        exec(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile()), 600);
      }
      ProcessBuilder node = new ProcessBuilder("node", "peer.mjs").directory(dir.toFile());
      node.environment().put("NOTION_BASE_URL", sandbox.notionBaseUrl());
      node.environment().put("NOTION_TOKEN", Sandbox.NOTION_TOKEN);
      node.environment().put("NOTION_DATA_SOURCE_ID", SeedContent.DATA_SOURCE_ID);
      long start = System.nanoTime();
      String out = exec(node, 7_200);
      double wall = (System.nanoTime() - start) / 1e9;
      int pages = Integer.parseInt(out.replaceAll("(?s).*\"pages\":(\\d+).*", "$1"));
      var log = sandbox.requestLog();
      long requests = log.side("notion").size();
      long limited = log.side("notion").stream().filter(e -> e.status() == 429).count();
      return new ScenarioResult.Peer(BenchRunner.round(wall), requests, limited, log.violations(),
          BenchRunner.round(wall / floorSeconds), pages, TOOL, "read + convert to Markdown only; writes nothing");
    } catch (IOException | RuntimeException e) {
      return new ScenarioResult.Peer(0, 0, 0, 0, 0, 0, TOOL, "not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ScenarioResult.Peer(0, 0, 0, 0, 0, 0, TOOL, "interrupted");
    }
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
