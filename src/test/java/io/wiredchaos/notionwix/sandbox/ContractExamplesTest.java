package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every example payload of the reference ({@code src/test/resources/contract/{notion,wix}}, copied from
 * {@code ../shared/reference/*-examples}) replayed against a fresh fast sandbox, as {@code manifest.json} says:
 * request examples are accepted by their endpoint, response examples have the shape of the sandbox's answer to
 * the same call. An example that cannot be replayed is listed with its reason; none is skipped silently.
 */
class ContractExamplesTest {

  static final JsonNode MANIFEST = ContractExamples.read("manifest.json");

  static Stream<String> examples() {
    return ContractExamples.files().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleHoldsAgainstTheSandbox(String file) {
    JsonNode entry = MANIFEST.path("examples").path(file);
    assertThat(entry.isObject()).as("manifest.json lists %s", file).isTrue();
    String role = entry.path("role").asString();
    if (role.equals("not-replayable")) {
      assertThat(entry.path("reason").asString("")).as("why %s is not replayed", file).isNotBlank();
      return;
    }
    try (ContractReplay replay = new ContractReplay(file, entry, MANIFEST.path("setups"))) {
      replay.run(role);
    }
  }

  @Test
  void manifestListsExactlyTheExampleFiles() {
    Set<String> listed = new HashSet<>();
    MANIFEST.path("examples").propertyNames().forEach(listed::add);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(ContractExamples.files());
  }

  /**
   * Copies whose {@code secret_}-shaped verification token was replaced by an obviously fake one (no token-shaped
   * value is committed), with the signatures recomputed for it (contract/notion/README.md).
   */
  static final Set<String> FAKE_TOKEN_COPIES =
      Set.of("notion/webhook-signatures.json", "notion/webhook-verification-handshake.json");

  private static void assertSameButForTheFakeToken(String file, byte[] original) {
    JsonNode copy = ContractExamples.read(file);
    assertThat(copy.path("verification_token").asString()).as(file).startsWith("fake-");
    tools.jackson.databind.node.ObjectNode expected = (tools.jackson.databind.node.ObjectNode)
        new tools.jackson.databind.json.JsonMapper().readTree(original);
    tools.jackson.databind.node.ObjectNode actual = ((tools.jackson.databind.node.ObjectNode) copy).deepCopy();
    for (var node : List.of(expected, actual)) {
      node.remove("verification_token");
      if (node.has("signatures")) {
        assertThat(node.path("signatures").propertyNames()).as(file).isNotEmpty();
        node.remove("signatures");
      }
    }
    assertThat(actual).as(file + " but for the token and the signatures").isEqualTo(expected);
  }

  /**
   * The copies in the repository are the reference's files, byte for byte, but for the fake-token ones (checked
   * where the reference exists).
   */
  @Test
  void copiesMatchTheSharedReference() throws IOException {
    Path shared = Path.of("..", "shared", "reference");
    if (!Files.isDirectory(shared)) {
      shared = Path.of("/work/shared/reference");
    }
    if (!Files.isDirectory(shared)) {
      return; // a fresh clone without the shared reference: the copies are the contract
    }
    for (String file : ContractExamples.files()) {
      String[] parts = file.split("/");
      Path original = shared.resolve(parts[0] + "-examples").resolve(parts[1]);
      if (FAKE_TOKEN_COPIES.contains(file)) {
        assertSameButForTheFakeToken(file, Files.readAllBytes(original));
      } else {
        assertThat(ContractExamples.bytes(file)).as(file).isEqualTo(Files.readAllBytes(original));
      }
    }
    try (Stream<Path> notion = Files.list(shared.resolve("notion-examples"));
        Stream<Path> wix = Files.list(shared.resolve("wix-examples"))) {
      List<String> names = Stream.concat(notion.map(p -> "notion/" + p.getFileName()),
          wix.map(p -> "wix/" + p.getFileName())).filter(n -> n.endsWith(".json")).toList();
      assertThat(ContractExamples.files()).containsExactlyInAnyOrderElementsOf(names);
    }
  }

  static InputStream resource(String name) {
    InputStream in = ContractExamplesTest.class.getResourceAsStream("/contract/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("no contract resource " + name));
    }
    return in;
  }
}
