package io.wiredchaos.notionwix.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench smoke} in CI: 100 generated pages synced at realistic latency; fails the build when the run takes
 * more than 1.5 × its request floor, violates a Retry-After, or leaves the collection wrong.
 */
class BenchSmokeIT {

  @Test
  void smokeRunsNearItsFloorWithoutRetryAfterViolations(@TempDir Path results) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new BenchCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    int code = line.execute("smoke", "--no-peers", "--results", results.toString());

    System.out.println(out);
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("| smoke |").contains("collection correct: 100 items");
    try (var files = Files.list(results)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isOne();
    }
  }
}
