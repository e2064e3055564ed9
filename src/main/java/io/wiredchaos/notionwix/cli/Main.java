package io.wiredchaos.notionwix.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The single entry point of the jar. Parses the command line with picocli; {@code --help} and {@code --version}
 * answer without starting Spring, other commands boot the context they need.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (see {@link ExitCode}). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new RootCommand());
    line.setExecutionExceptionHandler(new FailureHandler());
    line.setErr(new PrintWriter(System.err, true));
    return line;
  }
}
