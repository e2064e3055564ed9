package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.config.SettingNames;
import io.wiredchaos.notionwix.config.SettingsException;
import java.io.PrintWriter;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one clear line on stderr and an exit code: configuration
 * problems are exit 2 and say what to set; anything else is an internal error (exit 1), with the stack trace
 * when {@code NOTION_WIX_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    String config = configurationProblem(ex);
    if (config != null) {
      err.println("configuration error: " + config);
      return ExitCode.CONFIG;
    }
    err.println("internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
    if (System.getenv("NOTION_WIX_DEBUG") != null) {
      ex.printStackTrace(err);
    } else {
      err.println("This is a bug; run again with NOTION_WIX_DEBUG=1 for the stack trace and report it.");
    }
    return ExitCode.INTERNAL;
  }

  /** The operator-facing description of a configuration problem in the cause chain, or null. */
  static String configurationProblem(Throwable ex) {
    // A setting rejected while it was bound (NOTION_VERSION) arrives wrapped in a BindException: its own words win.
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof SettingsException) {
        return t.getMessage();
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BindValidationException v) {
        StringBuilder text = new StringBuilder();
        v.getValidationErrors().forEach(error -> text.append(text.isEmpty() ? "" : "; ")
            .append(error instanceof FieldError field
                ? SettingNames.variable(error.getObjectName(), field.getField()) : error.getObjectName())
            .append(' ').append(error.getDefaultMessage()));
        return text.toString();
      }
      if (t instanceof BindException b && !(b.getCause() instanceof BindValidationException)) {
        return "cannot read setting " + b.getName() + ": "
            + (b.getCause() == null ? b.getMessage() : b.getCause().getMessage());
      }
    }
    return null;
  }
}
