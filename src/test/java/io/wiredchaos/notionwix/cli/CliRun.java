package io.wiredchaos.notionwix.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs a CLI command in this JVM with the given settings as system properties (they resolve the same
 * placeholders as environment variables), capturing stdout and stderr.
 */
final class CliRun {

  record Result(int exitCode, String out, String err) {}

  static synchronized Result run(Map<String, String> env, Path dataDir, String... args) {
    Map<String, String> all = new HashMap<>(env);
    all.put("SYNC_DATA_DIR", dataDir.toString());
    all.forEach(System::setProperty);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine line = Main.commandLine();
      line.setOut(new PrintWriter(out, true));
      line.setErr(new PrintWriter(err, true));
      int code = line.execute(args);
      return new Result(code, out.toString(), err.toString());
    } finally {
      all.keySet().forEach(System::clearProperty);
    }
  }
}
