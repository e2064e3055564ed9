package io.wiredchaos.notionwix.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
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
    // `source <(notion-wix completion)`: bash/zsh completion of every command and option, written by picocli
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(false)
        .description("Print a bash/zsh completion script: source <(notion-wix completion)");
    line.addSubcommand("completion", completion);
    line.setExecutionExceptionHandler(new FailureHandler());
    line.setErr(new PrintWriter(System.err, true));
    return line;
  }
}
