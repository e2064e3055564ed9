package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sandbox}: the Notion + Wix emulator on its own. Prints {@code export NAME=value} lines for the sync, then
 * {@code sandbox ready}, so a script can read up to that line and {@code eval} the rest; Ctrl-C stops it.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = "Run the local Notion + Wix emulator seeded with the WIRED CHAOS database.")
final class SandboxCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--notion-port", defaultValue = "0", description = "Notion API port (default: any free port).")
  int notionPort;

  @Option(names = "--wix-port", defaultValue = "0", description = "Wix API port (default: any free port).")
  int wixPort;

  @Option(names = "--profile", defaultValue = "demo",
      description = "demo: real rate limits and latency; fast: no limits (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--seed", paramLabel = "FILE",
      description = "Seed from a JSON file instead of the WIRED CHAOS database (format: docs/sandbox.md).")
  java.nio.file.Path seed;

  @Override
  public Integer call() throws InterruptedException {
    SandboxOptions options = switch (profile) {
      case "demo" -> SandboxOptions.demo();
      case "fast" -> SandboxOptions.fast();
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--profile must be demo or fast, not " + profile);
    };
    Sandbox sandbox = Sandbox.start(options.withPorts(notionPort, wixPort));
    if (seed != null) {
      try {
        sandbox.seed(seed);
      } catch (IllegalArgumentException e) {
        sandbox.close();
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seed: " + e.getMessage());
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }));
    PrintWriter out = spec.commandLine().getOut();
    sandbox.env().forEach((name, value) -> out.println("export " + name + "=" + value));
    out.println("sandbox ready");
    out.flush();
    stopped.await();
    return ExitCode.OK;
  }
}
