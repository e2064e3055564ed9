package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void helpListsTheCommandsAndExitCodes() {
    StringWriter out = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out));
    assertThat(line.execute("--help")).isZero();
    assertThat(out.toString()).contains("serve").contains("doctor").contains("Exit codes");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitTwo() {
    CommandLine line = Main.commandLine();
    line.setErr(new PrintWriter(new StringWriter()));
    assertThat(line.execute("--no-such-option")).isEqualTo(ExitCode.CONFIG);
  }

  @Test
  void completionPrintsABashScriptThatCompletesTheCommandsAndTheirOptions() {
    StringWriter out = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out));
    assertThat(line.execute("completion")).isZero();
    assertThat(out.toString()).contains("complete -F _complete_notion-wix")
        .contains("serve").contains("rollback").contains("--dry-run").contains("--bind");
    StringWriter help = new StringWriter();
    line.setOut(new PrintWriter(help));
    line.execute("--help");
    assertThat(help.toString()).contains("completion");
  }
}
