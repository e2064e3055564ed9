package io.wiredchaos.notionwix.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context = AppContexts.web(overrides());
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    closed.await();
    return ExitCode.OK;
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
