package io.wiredchaos.notionwix.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --log-format} and {@code --quiet} of a command that boots the application. Log lines always go to stderr
 * (logback-spring.xml), so stdout carries only the command's own output.
 */
final class OutputOptions {

  /** Active with {@code cli}: logback-spring.xml writes ECS JSON lines instead of text lines. */
  static final String JSON_LOG_PROFILE = "log-json";

  @Option(names = "--log-format", paramLabel = "text|json",
      description = "Log lines on stderr as text or ECS JSON (default: NOTION_WIX_LOG_FORMAT, else text on a "
          + "terminal, json otherwise).")
  String logFormat;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary and errors.")
  boolean quiet;

  LogFormat format() {
    return LogFormat.resolve(logFormat, System.getenv(), LogFormat.onTerminal());
  }

  /** Context properties for these options: the log level under --quiet, colour off under NO_COLOR. */
  Map<String, Object> properties() {
    Map<String, Object> properties = new HashMap<>();
    if (quiet) {
      properties.put("logging.level.io.wiredchaos.notionwix", "WARN");
    }
    if (noColor(System.getenv())) {
      properties.put("spring.output.ansi.enabled", "never");
    }
    return properties;
  }

  /** https://no-color.org: any non-empty NO_COLOR turns colour off. */
  static boolean noColor(Map<String, String> env) {
    String value = env.get("NO_COLOR");
    return value != null && !value.isEmpty();
  }
}
