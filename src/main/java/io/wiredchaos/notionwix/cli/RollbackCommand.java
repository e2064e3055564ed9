package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunListenerGroup;

import io.wiredchaos.notionwix.sync.RollbackService;
import io.wiredchaos.notionwix.sync.RunReport;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollback <run id>}: undo one run; recorded as a run itself, so it can be rolled back too. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = "Undo a run: restore updated items, re-create deleted ones, remove created ones.")
final class RollbackCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<run id>", description = "The run to undo (see ./notion-wix runs).")
  String runId;

  @Option(names = "--dry-run", description = "Show what would be restored; write nothing.")
  boolean dryRun;

  @Option(names = "--force", description = "Roll back even when later runs changed the same items.")
  boolean force;

  @Option(names = "--json", description = "Print the rollback's run report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = AppContexts.command(Map.of())) {
      RunReport report = context.getBean(RollbackService.class)
          .rollback(runId, dryRun, force, new RunListenerGroup(context.getBeansOfType(RunListener.class).values()));
      ReportOutput.print(report, json, context, spec.commandLine().getOut());
      return ExitCode.of(report);
    }
  }
}
