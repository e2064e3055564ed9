package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code sync} writes where, in a child process: stdout carries only the summary (or the JSON report), log
 * lines go to stderr as ECS JSON when piped or with {@code --log-format json}, as text lines with {@code text}.
 */
class TerminalOutputIT {

  static final String ECS = "{\"@timestamp\"";

  @TempDir Path dataDir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void pipedSyncKeepsLogsOffStdoutAndWritesThemAsEcsOnStderr() throws Exception {
    TerminalCli.Result run = TerminalCli.piped(FastSandbox.env(sandbox), dataDir, "sync");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain(ECS).isNotBlank();
    assertThat(run.err().lines().filter(l -> l.startsWith(ECS))).as(run.err()).isNotEmpty();
  }

  @Test
  void logFormatJsonPutsEcsLinesOnStderrOnlyAndJsonKeepsStdoutToTheReport() throws Exception {
    TerminalCli.Result run = TerminalCli.piped(FastSandbox.env(sandbox), dataDir, "sync", "--log-format", "json",
        "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain(ECS).startsWith("{");
    assertThat(run.err().lines().filter(l -> !l.isBlank()))
        .as(run.err()).isNotEmpty().allMatch(l -> l.startsWith(ECS));
  }

  @Test
  void logFormatTextFromTheEnvironmentWritesHumanLines() throws Exception {
    Map<String, String> env = new HashMap<>(FastSandbox.env(sandbox));
    env.put(LogFormat.ENV, "text");
    TerminalCli.Result run = TerminalCli.piped(env, dataDir, "sync");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain(ECS).contains("INFO");
    assertThat(run.out()).doesNotContain(ECS).doesNotContain(" INFO ");
  }

  @Test
  void quietLeavesOnlyTheSummary() throws Exception {
    TerminalCli.Result run = TerminalCli.piped(FastSandbox.env(sandbox), dataDir, "sync", "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isNotBlank();
    assertThat(run.err().lines().filter(l -> l.contains("\"INFO\""))).as(run.err()).isEmpty();
  }

  @Test
  void anUnknownLogFormatIsAConfigurationError() throws Exception {
    TerminalCli.Result run = TerminalCli.piped(FastSandbox.env(sandbox), dataDir, "sync", "--log-format", "yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("--log-format must be text or json, not 'yaml'");
  }
}
