package io.wiredchaos.notionwix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code notion-wix}: lists the commands. */
@Command(
    name = "notion-wix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keeps a Wix site's CMS in step with a Notion database.",
    subcommands = {SyncCommand.class, ServeCommand.class, DemoCommand.class, SandboxCommand.class,
        RunsCommand.class, RollbackCommand.class,
        DoctorCommand.class, HealthcheckCommand.class, io.wiredchaos.notionwix.bench.BenchCommand.class,
        AotTrainingCommand.class},
    footer = {
      "",
      "Configuration comes from environment variables; see README.md, section Configuration.",
      "Exit codes: 0 ok, 1 internal error, 2 configuration or usage error, 3 another run holds the lock,",
      "4 partial (some items failed), 5 remote service unavailable."
    })
final class RootCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
