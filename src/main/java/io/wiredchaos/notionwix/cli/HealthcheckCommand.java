package io.wiredchaos.notionwix.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code healthcheck}: asks a running service's {@code /actuator/health} and exits 0 when it answers 200 (UP), 5
 * otherwise. It starts no Spring context, so a container's health check (the image has no shell or curl to rely
 * on, and OCI images built by Jib carry no HEALTHCHECK) can run it every few seconds; see compose.yaml.
 */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
    description = "Exit 0 when the local service's /actuator/health answers UP (for container health checks).")
final class HealthcheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--url", description = "Health URL (default: http://127.0.0.1:$PORT/actuator/health, PORT 8080).")
  String url;

  @Option(names = "--timeout", defaultValue = "PT5S", description = "Longest wait for the answer (default: 5s).")
  Duration timeout;

  @Override
  public Integer call() throws InterruptedException {
    String target = url != null ? url : "http://127.0.0.1:" + port() + "/actuator/health";
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
      HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(target)).timeout(timeout).build(),
          HttpResponse.BodyHandlers.discarding());
      spec.commandLine().getOut().println(target + ": HTTP " + answer.statusCode());
      return answer.statusCode() == 200 ? ExitCode.OK : ExitCode.UNAVAILABLE;
    } catch (IOException e) {
      spec.commandLine().getOut().println(target + ": no answer (" + e.getClass().getSimpleName() + ")");
      return ExitCode.UNAVAILABLE;
    }
  }

  private static String port() {
    String port = System.getenv("PORT");
    return port == null || port.isBlank() ? "8080" : port.trim();
  }
}
