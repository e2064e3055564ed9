package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The hidden {@code aot-training} command: the workload the launcher records its AOT cache from. */
class AotTrainingIT {

  @Test
  void syncsTheSandboxNeverTheUsersSettingsAndLeavesNothingBehind() throws IOException {
    // If the training used these, its sync would fail: no database listens on port 1.
    Map<String, String> user = Map.of("SYNC_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none",
        "SWARM_WEBHOOK_URL", "http://127.0.0.1:1/hook", "NOTION_API_TOKEN", "the-users-token");
    user.forEach(System::setProperty);
    Set<Path> before = trainingDirs();
    try {
      StringWriter out = new StringWriter();
      CommandLine line = Main.commandLine();
      line.setOut(new PrintWriter(out, true));

      assertThat(line.execute("aot-training")).isZero();

      assertThat(out.toString()).isEmpty();
      user.forEach((name, value) -> assertThat(System.getProperty(name)).isEqualTo(value));
      assertThat(System.getProperty("WIX_API_KEY")).as("the sandbox's settings are not left behind").isNull();
      assertThat(trainingDirs()).as("the throwaway state directory is deleted").isEqualTo(before);
    } finally {
      user.keySet().forEach(System::clearProperty);
    }
  }

  @Test
  void isNotListedInTheHelp() {
    StringWriter out = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out, true));
    assertThat(line.execute("--help")).isZero();
    assertThat(out.toString()).contains("sync").doesNotContain("aot-training");
  }

  private static Set<Path> trainingDirs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("notion-wix-aot-training-"))
          .collect(Collectors.toSet());
    }
  }
}
