package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.Check;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

/** The "Online checks" section of {@code doctor --online}: one line per check, ✓ or ✗, and what to do. */
final class OnlineReport {

  private OnlineReport() {}

  /** Prints the checks and returns whether all passed; with settings missing, says which and calls nothing. */
  static boolean print(List<String> missingSettings, Supplier<List<Check>> checks, PrintWriter out) {
    Marks marks = Marks.forStdout();
    out.println();
    out.println("Online checks (read only)");
    if (!missingSettings.isEmpty()) {
      out.printf("  %s settings: set %s; the online checks need them%n", marks.failed(),
          String.join(", ", missingSettings));
      return false;
    }
    List<Check> results = checks.get();
    results.forEach(c -> out.printf("  %s %s: %s%n", c.ok() ? marks.passed() : marks.failed(), c.subject(),
        c.detail()));
    long failed = results.stream().filter(c -> !c.ok()).count();
    out.println(failed == 0 ? "  all online checks passed" : "  " + failed + " online check(s) failed");
    return failed == 0;
  }

  /** ✓ and ✗ where stdout can encode them (a UTF-8 terminal or file), else plain words. */
  record Marks(String passed, String failed) {
    static Marks forStdout() {
      String encoding = System.getProperty("stdout.encoding", Charset.defaultCharset().name());
      boolean unicode = Charset.isSupported(encoding) && Charset.forName(encoding).newEncoder().canEncode("✓✗");
      return unicode ? new Marks("✓", "✗") : new Marks("ok", "FAIL");
    }
  }
}
