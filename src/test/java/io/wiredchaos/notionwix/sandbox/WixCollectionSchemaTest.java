package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changing a collection's fields as Wix documents it (wix.md §3.1, §3.2, §8): every collection shows a string
 * {@code revision}; create-field adds one field and leaves the others; a taken key is 409; the full update (PUT)
 * needs the current revision, answers 409 to a stale one, and replaces the field list.
 */
class WixCollectionSchemaTest {

  private static final String PATH = "/wix-data/v2/collections";
  private final Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
  private final SandboxCalls calls = new SandboxCalls(sandbox);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void createFieldAddsOneFieldRaisesTheRevisionAndRefusesATakenKey() {
    String before = calls.wix("GET", PATH + "/" + Sandbox.COLLECTION, null).json().at("/collection/revision").asString();
    SandboxCalls.Answer added = calls.wix("POST", PATH + "/create-field", "{\"dataCollectionId\":\""
        + Sandbox.COLLECTION + "\",\"field\":{\"key\":\"subtitle\",\"displayName\":\"Subtitle\",\"type\":\"TEXT\"}}");

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().at("/dataCollection/revision").asString()).isEqualTo(String.valueOf(
        Long.parseLong(before) + 1));
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).containsEntry("subtitle", "TEXT")
        .containsEntry("title", "TEXT").hasSize(21);

    SandboxCalls.Answer again = calls.wix("POST", PATH + "/create-field", "{\"dataCollectionId\":\""
        + Sandbox.COLLECTION + "\",\"field\":{\"key\":\"title\",\"type\":\"NUMBER\"}}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).containsEntry("title", "TEXT");
  }

  @Test
  void createFieldOnAMissingCollectionIs404AndWithoutATypeIs400() {
    assertThat(calls.wix("POST", PATH + "/create-field", "{\"dataCollectionId\":\"Nope\",\"field\":{\"key\":\"a\","
        + "\"type\":\"TEXT\"}}").json().at("/details/applicationError/code").asString()).isEqualTo("WDE0025");
    assertThat(calls.wix("POST", PATH + "/create-field", "{\"dataCollectionId\":\"" + Sandbox.COLLECTION
        + "\",\"field\":{\"key\":\"a\"}}").status()).isEqualTo(400);
  }

  @Test
  void aFullUpdateNeedsTheCurrentRevisionAndReplacesTheFields() {
    String revision = calls.wix("GET", PATH + "/" + Sandbox.COLLECTION, null).json().at("/collection/revision")
        .asString();
    String fields = "\"fields\":[{\"key\":\"title\",\"type\":\"TEXT\"}]";
    String stale = String.valueOf(Long.parseLong(revision) - 1);

    assertThat(calls.wix("PUT", PATH, "{\"collection\":{\"id\":\"" + Sandbox.COLLECTION + "\"," + fields + "}}")
        .status()).isEqualTo(400);
    assertThat(calls.wix("PUT", PATH, "{\"collection\":{\"id\":\"" + Sandbox.COLLECTION + "\",\"revision\":\""
        + stale + "\"," + fields + "}}").status()).isEqualTo(409);
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).hasSize(20);

    SandboxCalls.Answer updated = calls.wix("PUT", PATH, "{\"collection\":{\"id\":\"" + Sandbox.COLLECTION
        + "\",\"revision\":\"" + revision + "\"," + fields + "}}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().at("/collection/revision").asString()).isNotEqualTo(revision);
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).containsOnlyKeys("title");
  }
}
