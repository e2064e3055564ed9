package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunListenerGroup;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the product end to end with no credentials. Starts the sandbox (real rate limits and latency),
 * points the service at it, runs one full sync, prints its summary, then serves the dashboard until Ctrl-C.
 * State goes to {@code ./data/demo}, which each demo starts afresh.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Sync the built-in WIRED CHAOS sandbox and serve the dashboard (no credentials needed).")
final class DemoCommand implements Callable<Integer> {

  static final Path STATE = Path.of("data", "demo");

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Stop after the sync instead of serving the dashboard.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    resetState();
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.demo())) {
      sandbox.env().forEach(System::setProperty);
      System.setProperty("SYNC_DATA_DIR", STATE.toString());
      out.println("sandbox: Notion " + sandbox.notionBaseUrl() + ", Wix " + sandbox.wixBaseUrl());
      out.println("syncing the WIRED CHAOS database (Notion paced at 3 requests/s, as the real API; about a minute)");
      out.flush();
      ConfigurableApplicationContext app = noServe ? AppContexts.command(Map.of())
          : AppContexts.web(Map.of("server.port", port));
      RunReport report = app.getBean(SyncService.class)
          .run(new RunOptions("manual", false, false, Set.of(), false, false), new RunListenerGroup(app.getBeansOfType(RunListener.class).values()));
      RunReportPrinter.print(report, out);
      if (noServe) {
        app.close();
        return ExitCode.of(report);
      }
      out.println();
      DashboardLink.of(app).print(out);
      out.println("sandbox admin (edit pages, inject faults): " + sandbox.notionBaseUrl() + "/_sandbox/");
      out.println("Ctrl-C stops everything.");
      out.flush();
      awaitClose(app);
      return ExitCode.of(report);
    }
  }

  private static void awaitClose(ConfigurableApplicationContext app) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    app.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    closed.await();
  }

  private static void resetState() throws IOException {
    if (Files.isDirectory(STATE)) {
      try (Stream<Path> files = Files.walk(STATE)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
