package io.wiredchaos.notionwix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real application on the embedded SQLite default: migrations run and health is UP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceHealthIT {

  static final Path DATA_DIR = createTemp();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("notionwix.store.data-dir", () -> DATA_DIR.resolve("nested/state").toString());
  }

  @Test
  void healthIsUpOnAFreshSqliteStateDirectory() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    assertThat(DATA_DIR.resolve("nested/state/notion-wix.db")).exists();
  }

  @Test
  void dashboardIsServedAtRoot() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"root\">");
  }

  @Test
  void onlyHealthInfoAndPrometheusAreExposed() throws Exception {
    assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/configprops").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Path createTemp() {
    try {
      return Files.createTempDirectory("notion-wix-it");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
