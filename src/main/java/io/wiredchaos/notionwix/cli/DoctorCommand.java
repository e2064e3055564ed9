package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.config.ConfigSummary;
import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.config.ReportSettings;
import io.wiredchaos.notionwix.config.RequiredSettings;
import io.wiredchaos.notionwix.config.StoreSettings;
import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.store.StateCheck;
import io.wiredchaos.notionwix.sync.Checkup;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code doctor}: prints the resolved configuration (secrets masked) and checks the state directory and the
 * state database; with {@code --online} also the Notion token, sharing, and the mapping against both services
 * (reads only). Exit 0 when everything checked is usable, 2 when something must be fixed.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = "Print the resolved configuration (secrets masked) and check the state directory and database.",
    footer = {"", "Exit codes: 0 every check passed, 2 something must be fixed (each failed check says how)."})
final class DoctorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--online", description = "Also check the Notion token and sharing, the mapped properties, the"
      + " Wix key, site, collection fields and media library. Reads only; writes nothing.")
  boolean online;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = AppContexts.command(Map.of())) {
      NotionSettings notion = context.getBean(NotionSettings.class);
      WixSettings wix = context.getBean(WixSettings.class);
      StateCheck state = context.getBean(StateCheck.class);
      out.println("Configuration");
      ConfigSummary.of(notion, wix, context.getBean(StoreSettings.class), context.getBean(SyncSettings.class),
              state.databaseDisplay())
          .forEach((name, value) -> out.printf("  %-28s %s%n", name, value));
      ConfigSummary.reporting(context.getBean(ReportSettings.class))
          .forEach((name, value) -> out.printf("  %-28s %s%n", name, value));
      out.println();
      out.println("Checks");
      List<StateCheck.Result> results = state.run();
      results.forEach(r -> out.printf("  [%s] %s%n", r.ok() ? "ok" : "FAIL", r.message()));
      out.printf("  [%s] %s%n", "ok", NotionVersionNote.describe(notion.apiVersion()));
      List<String> missing = RequiredSettings.missingForSync(notion, wix);
      out.printf("  [%s] %s%n", missing.isEmpty() ? "ok" : "note",
          missing.isEmpty() ? "all settings a sync needs are set" : "a sync also needs: " + String.join(", ", missing));
      boolean ok = results.stream().allMatch(StateCheck.Result::ok);
      if (online) {
        ok &= OnlineReport.print(missing, () -> context.getBean(Checkup.class).run(), out);
      }
      out.flush();
      return ok ? ExitCode.OK : ExitCode.CONFIG;
    }
  }
}
