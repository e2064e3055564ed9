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
}
