package io.wiredchaos.notionwix.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the web service (routes, dashboard, health, metrics, scheduler) until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the service: dashboard at /, API under /api, health at /actuator/health.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (default: $PORT or 8080).")
  Integer port;

  @Option(
      names = "--bind",
      description = "Address to listen on (default: $SYNC_BIND_ADDRESS or 127.0.0.1, localhost only).")
  String bind;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context = start(spec.commandLine().getOut());
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    closed.await();
    return ExitCode.OK;
  }

  /** Boots the service and prints where the dashboard is (with the one-time admin token, if any). */
  ConfigurableApplicationContext start(PrintWriter out) {
    ConfigurableApplicationContext context = AppContexts.web(overrides());
    DashboardLink.of(context).print(out);
    out.flush();
    return context;
  }

  private Map<String, Object> overrides() {
    var map = new java.util.HashMap<String, Object>();
    if (port != null) {
      map.put("server.port", port);
    }
    if (bind != null) {
      map.put("server.address", bind);
    }
    return map;
  }
}
