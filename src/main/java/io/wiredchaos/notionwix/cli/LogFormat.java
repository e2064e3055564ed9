package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.config.SettingsException;
import java.io.Console;
import java.util.Locale;
import java.util.Map;

/**
 * How a command writes its log lines on stderr: {@code text} (one human line each) or {@code json} (ECS JSON
 * lines, for log shippers). Chosen by {@code --log-format}, else {@code NOTION_WIX_LOG_FORMAT}, else {@code text} on
 * a terminal and {@code json} otherwise (cron, CI, a container).
 */
enum LogFormat {
  TEXT, JSON;

  static final String ENV = "NOTION_WIX_LOG_FORMAT";

  /** The format to use; {@code option} is the {@code --log-format} value or null. */
  static LogFormat resolve(String option, Map<String, String> env, boolean terminal) {
    String chosen = option != null ? option : env.get(ENV);
    if (chosen == null || chosen.isBlank()) {
      return terminal ? TEXT : JSON;
    }
    return parse(chosen, option != null ? "--log-format" : ENV);
  }

  /** Throws a {@link SettingsException} (exit 2) naming {@code source} for any other value. */
  static LogFormat parse(String value, String source) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      default -> throw new SettingsException(source + " must be text or json, not '" + value + "'");
    };
  }

  /**
   * Whether stdin and stdout are a terminal. On JDK 22+ {@link System#console()} is non-null even when piped, so
   * {@code Console.isTerminal()} (JDK 22) decides; it is looked up reflectively because the code targets Java 21.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }
}
