package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunListenerGroup;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.config.RequiredSettings;
import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sync}: one full, unattended Notion → Wix update. Also {@code node scripts/notion/sync.js}. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = "Update the Wix collection from the published Notion pages.",
    footer = {"", "Exit codes: 0 all applied, 2 configuration or usage error (nothing written), 3 another run",
        "holds the lock, 4 partial (some items failed), 5 remote service unavailable, 1 internal error."})
final class SyncCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Plan only: print the changes, write nothing.")
  boolean dryRun;

  @Option(names = "--full", description = "Re-read every page body, not only the edited ones.")
  boolean full;

  @Option(names = "--json", description = "Print the run report as JSON on stdout.")
  boolean json;

  @Option(names = "--only", arity = "1..*", paramLabel = "<page id>", description = "Sync only these pages.")
  List<String> only = List.of();

  @Option(names = "--allow-mass-delete", description = "Allow a run to delete more than SYNC_MASS_DELETE_RATIO.")
  boolean allowMassDelete;

  @Option(names = "--create-collection", description = "Create the Wix collection from the mapping if missing.")
  boolean createCollection;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = AppContexts.command(Map.of(), output)) {
      List<String> missing = RequiredSettings.missingForSync(
          context.getBean(NotionSettings.class), context.getBean(WixSettings.class));
      if (!missing.isEmpty()) {
        spec.commandLine().getErr().println("configuration error: set " + String.join(", ", missing)
            + "; nothing was written");
        return ExitCode.CONFIG;
      }
      RunOptions options = new RunOptions("cli", dryRun, full, Set.copyOf(only), allowMassDelete, createCollection);
      RunReport report = context.getBean(SyncService.class).run(options, new RunListenerGroup(context.getBeansOfType(RunListener.class).values()));
      ReportOutput.print(report, json, context, spec.commandLine().getOut());
      return ExitCode.of(report);
    }
  }
}
