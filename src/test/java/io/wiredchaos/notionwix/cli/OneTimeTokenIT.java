package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve} on loopback without SYNC_ADMIN_TOKEN prints a dashboard URL carrying a one-time token, and that
 * token (and only it) is accepted by the mutating routes.
 */
class OneTimeTokenIT {

  private static final Pattern LINK = Pattern.compile("dashboard: +(http://127\\.0\\.0\\.1:(\\d+)/)#token=([A-Za-z0-9_-]{43})\\n");

  @Test
  void loopbackServeWithoutATokenPrintsAOneTimeTokenUrlThatSyncNowAccepts() throws Exception {
    Path data = Files.createTempDirectory("one-time-token");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      Map<String, String> env = new HashMap<>(FastSandbox.env(sandbox));
      env.put("SYNC_DATA_DIR", data.toString());
      env.put("SYNC_SCHEDULE", "off");
      env.forEach(System::setProperty);
      ServeCommand serve = new ServeCommand();
      serve.port = 0;
      serve.bind = "127.0.0.1";
      StringWriter out = new StringWriter();
      try (ConfigurableApplicationContext app = serve.start(new PrintWriter(out, true))) {
        Matcher link = LINK.matcher(out.toString());
        assertThat(link.find()).as(out.toString()).isTrue();
        String token = link.group(3);

        assertThat(trigger(link.group(1), null).statusCode()).isEqualTo(401);
        assertThat(trigger(link.group(1), "not-the-token").statusCode()).isEqualTo(401);
        HttpResponse<String> accepted = trigger(link.group(1), token);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).contains("runId");
        assertThat(out.toString().split(Pattern.quote(token), -1)).as("printed exactly once").hasSize(2);
      } finally {
        env.keySet().forEach(System::clearProperty);
      }
    }
  }

  private static HttpResponse<String> trigger(String base, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/sync/trigger"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"dryRun\":true}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
