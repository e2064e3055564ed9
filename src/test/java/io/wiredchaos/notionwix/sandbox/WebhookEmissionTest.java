package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhook emission (notion.md §9) against a small local receiver: the verification request first, nothing until
 * the operator verifies with that token, then one signed event per admin page change, of the documented types and
 * shapes (the reference's webhook fixtures). Signatures are checked with this test's own HMAC, and the sandbox's
 * signing against the reference's SDK-checked values.
 */
class WebhookEmissionTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private final Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
  private final SandboxCalls calls = new SandboxCalls(sandbox);
  private final WebhookReceiver receiver = new WebhookReceiver();
  private final String page = SeedIds.of("page-7");

  @AfterEach
  void stop() {
    receiver.close();
    sandbox.close();
  }

  @Test
  void handshakeThenVerifiedSignedEventsOfEachType() {
    assertThat(admin("POST", "/_sandbox/webhooks", "{\"url\":\"" + receiver.url() + "\"}").status()).isEqualTo(200);
    sandbox.webhooks().flush(WAIT);
    assertThat(receiver.received).hasSize(1);
    JsonNode handshake = SandboxCalls.JSON.readTree(receiver.received.getFirst().body());
    String token = handshake.path("verification_token").asString();
    assertThat(token).startsWith("secret_");
    assertThat(handshake.size()).as("the handshake carries the token only").isEqualTo(1);
    assertThat(receiver.received.getFirst().signature()).isEqualTo(hmac(token, receiver.received.getFirst().body()));

    admin("POST", "/_sandbox/pages/" + page + "/title", "{\"title\":\"Before verification\"}");
    assertThat(admin("POST", "/_sandbox/webhooks/verify", "{\"verification_token\":\"secret_wrong\"}").status())
        .isEqualTo(400);
    sandbox.webhooks().flush(WAIT);
    assertThat(receiver.received).as("no events before the subscription is verified").hasSize(1);
    assertThat(admin("POST", "/_sandbox/webhooks/verify", "{\"verification_token\":\"" + token + "\"}").status())
        .isEqualTo(200);

    admin("POST", "/_sandbox/pages/" + page + "/title", "{\"title\":\"After verification\"}");
    admin("POST", "/_sandbox/pages/" + page + "/append", "{\"text\":\"One more paragraph\"}");
    admin("POST", "/_sandbox/pages/" + page + "/unpublish", null);
    admin("POST", "/_sandbox/pages/" + page + "/trash", null);
    admin("POST", "/_sandbox/pages/" + page + "/restore", null);
    String created = admin("POST", "/_sandbox/pages", "{\"title\":\"Brand new\"}").json().path("page").asString();
    sandbox.webhooks().flush(WAIT);

    List<JsonNode> events = receiver.received.stream().skip(1).map(r -> {
      assertThat(r.signature()).as("signature over the raw body").isEqualTo(hmac(token, r.body()));
      return SandboxCalls.JSON.readTree(r.body());
    }).toList();
    assertThat(events).extracting(e -> e.path("type").asString()).containsExactlyInAnyOrder(
        "page.properties_updated", "page.content_updated", "page.properties_updated", "page.deleted",
        "page.undeleted", "page.created");
    assertThat(events).extracting(e -> e.at("/entity/id").asString()).containsOnly(page, created);
    assertThat(events).as("each names the page's parent, the synced database and data source (notion.md §9.4)")
        .allSatisfy(e -> {
          assertThat(e.at("/data/parent/type").asString()).isEqualTo("database");
          assertThat(e.at("/data/parent/id").asString()).isEqualTo(io.wiredchaos.notionwix.sandbox.SeedContent.DATABASE_ID);
          assertThat(e.at("/data/parent/data_source_id").asString())
              .isEqualTo(io.wiredchaos.notionwix.sandbox.SeedContent.DATA_SOURCE_ID);
        });
    JsonNode content = events.stream().filter(e -> e.path("type").asString().equals("page.content_updated"))
        .findFirst().orElseThrow();
    assertThat(content.at("/data/updated_blocks/0/type").asString()).isEqualTo("block");
    assertThat(calls.notion("GET", "/v1/blocks/" + content.at("/data/updated_blocks/0/id").asString(), null)
        .status()).as("the updated block exists").isEqualTo(200);
    for (JsonNode event : events) {
      String fixture = switch (event.path("type").asString()) {
        case "page.content_updated" -> "notion/webhook-page-content-updated.json";
        case "page.deleted" -> "notion/webhook-page-deleted.json";
        default -> event.at("/data/updated_properties").isArray() ? "notion/webhook-page-properties-updated.json"
            : "notion/webhook-page-deleted.json";
      };
      assertThat(JsonShape.mismatches(ContractExamples.read(fixture), event, java.util.Set.of()))
          .as("%s has the shape of %s", event.path("type").asString(), fixture).isEmpty();
    }
    assertThat(sandbox.requestLog().side("webhook")).hasSize(7).allMatch(e -> e.status() == 200
        && e.path().equals("/hooks/notion"));
  }

  /** The sandbox's signing gives the reference's values, which were checked with Notion's SDK. */
  @Test
  void signingMatchesTheReferenceSignatures() {
    JsonNode signatures = ContractExamples.read("notion/webhook-signatures.json");
    String token = signatures.path("verification_token").asString();
    signatures.path("signatures").properties().forEach(e -> assertThat(
        NotionWebhooks.sign(token, ContractExamples.bytes("notion/" + e.getKey()))).as(e.getKey())
        .isEqualTo(e.getValue().asString()));
  }

  @Test
  void aHangingReceiverNeitherBlocksTheAdminCallNorOutlastsTheTimeout() {
    sandbox.webhooks().subscribe(receiver.url(), "secret_fixed_for_this_test", Duration.ofMillis(200));
    sandbox.webhooks().flush(WAIT);
    assertThat(sandbox.webhooks().verify("secret_fixed_for_this_test")).isTrue();
    receiver.hang();
    assertThat(admin("POST", "/_sandbox/pages/" + page + "/publish", null).status())
        .as("answered while the delivery hangs").isEqualTo(200);
    sandbox.webhooks().flush(WAIT);
    assertThat(sandbox.webhooks().deliveries()).last().satisfies(d -> {
      assertThat(d.type()).isEqualTo("page.properties_updated");
      assertThat(d.status()).as("no answer within the timeout").isZero();
    });
    assertThat(admin("GET", "/_sandbox/webhooks", null).json().path("verified").asBoolean()).isTrue();
    assertThat(admin("GET", "/_sandbox/webhooks", null).bytes()).asString()
        .doesNotContain("secret_fixed_for_this_test");
  }

  private SandboxCalls.Answer admin(String method, String path, String body) {
    return calls.side("admin", method, path, body);
  }

  /** HMAC-SHA256 hex of the raw body, keyed with the token: this test's own computation (notion.md §9.2). */
  private static String hmac(String token, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
