package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The container health check: 0 for an UP service (200), 5 for DOWN (503) or no service at all. */
class HealthcheckCommandTest {

  @Test
  void exitsZeroOnlyWhenTheServiceAnswers200() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/up", x -> answer(x, 200));
    server.createContext("/down", x -> answer(x, 503));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(run("--url", base + "/up")).isEqualTo(ExitCode.OK);
      assertThat(run("--url", base + "/down")).isEqualTo(ExitCode.UNAVAILABLE);
    } finally {
      server.stop(0);
    }
    assertThat(run("--url", "http://127.0.0.1:1/actuator/health", "--timeout", "PT1S"))
        .isEqualTo(ExitCode.UNAVAILABLE);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws java.io.IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static int run(String... args) {
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(new StringWriter()));
    String[] all = new String[args.length + 1];
    all[0] = "healthcheck";
    System.arraycopy(args, 0, all, 1, args.length);
    return line.execute(all);
  }
}
