package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every {@code curl} line of docs/sandbox.md that talks to {@code localhost:7001} or {@code :7002} runs, in document
 * order, with real curl against a fresh sandbox: only the ports and the webhook receiver's URL are swapped in. Each
 * must exit 0 (they use {@code curl -sf}, so an HTTP error fails) and print something.
 */
class SandboxDocsTest {

  private static final Path DOC = Path.of("docs/sandbox.md");

  @Test
  void curlExamplesWorkAsWritten() throws Exception {
    List<String> lines = Files.readAllLines(DOC).stream().filter(l -> l.startsWith("curl ")
        && (l.contains("localhost:7001") || l.contains("localhost:7002"))).toList();
    assertThat(lines).as("curl examples found in %s", DOC).hasSizeGreaterThanOrEqualTo(20);
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast()); WebhookReceiver receiver = new WebhookReceiver()) {
      List<String> outputs = new ArrayList<>();
      for (String line : lines) {
        String command = line.replace("localhost:7001", sandbox.notionBaseUrl().substring("http://".length()))
            .replace("localhost:7002", sandbox.wixBaseUrl().substring("http://".length()))
            .replace("http://127.0.0.1:8080/api/notion/webhook", receiver.url());
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s%n  printed: %s", line, output).isZero();
        assertThat(output).as(line).isNotBlank();
        outputs.add(output);
      }
      assertThat(outputs).anySatisfy(o -> assertThat(o).contains("WDE0074").contains("\"originalIndex\":1"));
      sandbox.webhooks().flush(Duration.ofSeconds(10));
      assertThat(receiver.received).as("the verification request and the retitle event").hasSize(2);
      assertThat(new String(receiver.received.get(1).body(), StandardCharsets.UTF_8))
          .contains("page.properties_updated");
    }
  }

}
