package io.wiredchaos.notionwix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a child JVM (this test JVM's class path), so that its real stdout and stderr can be told apart:
 * piped into files, or under a pseudo-terminal made by util-linux {@code script}.
 */
final class TerminalCli {

  record Result(int exitCode, String out, String err) {}

  private TerminalCli() {}

  /** The command with stdout and stderr piped to separate files. */
  static Result piped(Map<String, String> env, Path dataDir, String... args) throws Exception {
    return run(env, dataDir, command(args));
  }

  /**
   * The command under a pseudo-terminal: {@code script -qfec} gives it a terminal as stdin, stdout and stderr and
   * copies what it writes there to our stdout ({@link Result#out()}, stdout and stderr together, as a user sees them).
   */
  static Result onTerminal(Map<String, String> env, Path dataDir, String... args) throws Exception {
    String line = String.join(" ", command(args).stream().map(TerminalCli::quoted).toList());
    return run(env, dataDir, List.of("script", "-qfec", line, "/dev/null"));
  }

  private static List<String> command(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static Result run(Map<String, String> env, Path dataDir, List<String> command) throws Exception {
    Path out = dataDir.resolve("child.out");
    Path err = dataDir.resolve("child.err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().remove(LogFormat.ENV);
    builder.environment().remove("NO_COLOR");
    builder.environment().putAll(env);
    builder.environment().put("SYNC_DATA_DIR", dataDir.toString());
    Process child = builder.start();
    if (!child.waitFor(120, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new IllegalStateException("the CLI did not finish in 120 s: " + read(err));
    }
    return new Result(child.exitValue(), read(out), read(err));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static String quoted(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
