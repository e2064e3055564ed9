package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code aot-training} (hidden): the workload the launcher records the JDK's AOT cache from (JEP 514,
 * {@code -XX:AOTCacheOutput}). Runs {@code sync}, {@code runs} and {@code doctor} in this JVM against the built-in
 * sandbox without rate limits, with a throwaway state directory. Every setting the commands read is set here as a
 * system property (which wins over the environment), so the user's credentials, database, mapping file and report
 * webhooks are never used (the launcher also runs it with an empty environment); they are restored afterwards.
 * Prints nothing; exit 0 when the sync succeeded.
 */
@Command(name = "aot-training", hidden = true,
    description = "Record the start-up workload for the JVM's AOT cache (used by the launcher).")
final class AotTrainingCommand implements Callable<Integer> {

  /** Settings that could point the training at something real; emptied or set to safe values. */
  private static final Map<String, String> NEUTRAL = Map.ofEntries(
      Map.entry("SYNC_DATABASE_URL", ""), Map.entry("SYNC_MAPPING_FILE", ""), Map.entry("NOTION_LOG_DATABASE_ID", ""),
      Map.entry("NOTION_DATA_SOURCE_ID", SeedContent.DATA_SOURCE_ID), Map.entry("SWARM_WEBHOOK_URL", ""),
      Map.entry("ALERT_WEBHOOK_URL", ""), Map.entry("NOTION_REQUESTS_PER_SECOND", "1000"),
      Map.entry("WIX_REQUESTS_PER_MINUTE", "100000"), Map.entry("SYNC_DEADLINE", "10m"),
      Map.entry("SYNC_AUTO_ROLLBACK", "false"));

  @Override
  public Integer call() throws IOException {
    Path state = Files.createTempDirectory("notion-wix-aot-training-");
    Properties before = (Properties) System.getProperties().clone();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      NEUTRAL.forEach(System::setProperty);
      sandbox.env().forEach(System::setProperty);
      System.setProperty("SYNC_DATA_DIR", state.toString());
      int sync = quiet().execute("sync", "--json");
      quiet().execute("runs");
      quiet().execute("doctor");
      return sync;
    } finally {
      System.setProperties(before);
      delete(state);
    }
  }

  private static CommandLine quiet() {
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(Writer.nullWriter()));
    line.setErr(new PrintWriter(Writer.nullWriter()));
    return line;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
