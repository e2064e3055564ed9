package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the container image without a registry or Docker engine: the Jib profile in pom.xml and
 * compose.yaml agree with each other and with the code (main class, the {@code healthcheck} command, port, state
 * volume), and the image runs as a non-root user. The image itself is built by {@code ./mvnw -Pimage package}.
 */
class ContainerImageConfigTest {

  private static final String JIB = "//profile[id='image']//plugin[artifactId='jib-maven-plugin']/configuration/";

  @Test
  void theImageRunsServeAsANonRootUserWithStateOnAVolume() throws Exception {
    Document pom;
    try (InputStream in = Files.newInputStream(Path.of("pom.xml"))) {
      pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    XPath xpath = XPathFactory.newInstance().newXPath();
    assertThat(xpath.evaluate(JIB + "container/mainClass", pom)).isEqualTo(Main.class.getName());
    assertThat(xpath.evaluate(JIB + "container/args/arg", pom)).isEqualTo("serve");
    String user = xpath.evaluate(JIB + "container/user", pom);
    assertThat(user).matches("\\d+:\\d+");
    assertThat(user.split(":")[0]).isNotEqualTo("0");
    assertThat(xpath.evaluate(JIB + "container/volumes/volume", pom)).isEqualTo("/data");
    assertThat(xpath.evaluate(JIB + "container/environment/SYNC_DATA_DIR", pom)).isEqualTo("/data");
    assertThat(xpath.evaluate(JIB + "container/environment/SYNC_BIND_ADDRESS", pom)).isEqualTo("0.0.0.0");
    assertThat(xpath.evaluate(JIB + "container/ports/port", pom)).isEqualTo("8080");
    assertThat(xpath.evaluate(JIB + "extraDirectories/permissions/permission[file='/data']/mode", pom))
        .as("the non-root user (group 0) may write the state volume").isEqualTo("775");
    assertThat(Path.of("src/main/jib/data")).isDirectory();
    assertThat(xpath.evaluate("//profile[id='image']//execution/goals/goal", pom))
        .as("builds a tar, no Docker daemon").isEqualTo("buildTar");
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTheImageWithPostgresAndAHealthCheckOnTheRealCommand() throws Exception {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsKeys("notion-wix", "postgres");
    Map<String, Object> service = (Map<String, Object>) services.get("notion-wix");
    assertThat((List<String>) service.get("volumes")).contains("state:/data");
    assertThat((List<String>) service.get("ports")).contains("127.0.0.1:8080:8080");
    assertThat(((Map<String, String>) service.get("environment")).get("SYNC_DATABASE_URL"))
        .startsWith("postgresql://").contains("@postgres:5432/");
    List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
    assertThat(test).containsSequence("java", "-cp", "@/app/jib-classpath-file", Main.class.getName(), "healthcheck");
    assertThat(Main.commandLine().getSubcommands()).containsKey("healthcheck");
  }
}
