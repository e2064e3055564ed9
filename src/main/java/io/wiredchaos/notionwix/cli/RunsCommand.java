package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.sync.RecordedChange;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runs}: the run history; {@code runs show <id>} prints one run's changes. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List runs, newest first.",
    subcommands = RunsCommand.Show.class)
final class RunsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = AppContexts.command(Map.of())) {
      List<RunHistory.RunRow> rows = context.getBean(RunHistory.class).page(0, limit);
      if (rows.isEmpty()) {
        out.println("no runs yet; run ./notion-wix sync");
      }
      out.printf("%-26s %-9s %-9s %-14s %-20s %s%n", "run", "kind", "trigger", "outcome", "started", "counts");
      for (RunHistory.RunRow row : rows) {
        String counts = row.report() == null ? "" : String.format("+%d ~%d -%d =%d !%d",
            row.report().counts().created(), row.report().counts().updated(), row.report().counts().deleted(),
            row.report().counts().unchanged(), row.report().counts().failed());
        out.printf("%-26s %-9s %-9s %-14s %-20s %s%n", row.runId(), row.kind(), row.trigger(),
            row.outcome() + (row.dryRun() ? "*" : ""), Instant.ofEpochMilli(row.startedAt()).toString(), counts);
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code runs show <id>}: a run's report and each change. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one run's report and changes.")
  static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<run id>")
    String runId;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (ConfigurableApplicationContext context = AppContexts.command(Map.of())) {
        RunHistory history = context.getBean(RunHistory.class);
        var row = history.find(runId);
        if (row.isEmpty()) {
          spec.commandLine().getErr().println("no run " + runId + "; ./notion-wix runs lists them");
          return ExitCode.CONFIG;
        }
        if (row.get().report() != null) {
          RunReportPrinter.print(row.get().report(), out);
        } else {
          out.println(runId + ": " + row.get().outcome());
        }
        for (RecordedChange c : history.changes(runId)) {
          out.printf("  %-6s %-8s \"%s\" (%s)%s%n", c.action(), c.outcome(), c.title(), c.itemId(),
              c.error() == null ? "" : ": " + c.error());
        }
        out.flush();
        return ExitCode.OK;
      }
    }
  }
}
