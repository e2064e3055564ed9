package io.wiredchaos.notionwix.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The example payloads under {@code src/test/resources/contract}, named {@code notion/x.json} or {@code wix/x.json}. */
final class ContractExamples {

  private ContractExamples() {}

  static List<String> files() {
    List<String> names = new ArrayList<>();
    for (String side : new String[] {"notion", "wix"}) {
      try (Stream<Path> list = Files.list(dir(side))) {
        list.map(p -> side + "/" + p.getFileName()).filter(n -> n.endsWith(".json")).sorted().forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static Path dir(String side) {
    try {
      return Path.of(ContractExamples.class.getResource("/contract/" + side).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try (InputStream in = ContractExamplesTest.resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String name) {
    return SandboxCalls.JSON.readTree(bytes(name));
  }
}
