package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A collection the site lacks (wix.md §4.2): every Data call about it answers 404 with WDE0025 when it never existed
 * and WDE0026 once it was deleted, in the application-error shape of §4.1; create (§3.1) brings it back.
 */
class WixMissingCollectionTest {

  private final Sandbox sandbox = Sandbox.start(SandboxOptions.fast());
  private final SandboxCalls calls = new SandboxCalls(sandbox);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** The calls notion-wix and the SDK make about a collection, as method, path and body. */
  private static List<String[]> everyCall(String collection) {
    String c = "\"dataCollectionId\":\"" + collection + "\"";
    return List.of(
        new String[] {"POST", "/wix-data/v2/items/query", "{" + c + ",\"query\":{\"cursorPaging\":{\"limit\":10}}}"},
        new String[] {"POST", "/wix-data/v2/bulk/items/save", "{" + c + ",\"dataItems\":[{\"id\":\"a\",\"data\":{}}]}"},
        new String[] {"POST", "/wix-data/v2/bulk/items/remove", "{" + c + ",\"dataItemIds\":[\"a\"]}"},
        new String[] {"POST", "/wix-data/v2/items/save", "{" + c + ",\"dataItem\":{\"id\":\"a\",\"data\":{}}}"},
        new String[] {"POST", "/wix-data/v2/items/get", "{" + c + ",\"dataItemId\":\"a\"}"},
        new String[] {"GET", "/wix-data/v2/items/a?dataCollectionId=" + collection, null},
        new String[] {"POST", "/wix-data/v2/items/replace-references", "{" + c + ",\"referringItemFieldName\":"
            + "\"authors\",\"referringItemId\":\"a\",\"newReferencedItemIds\":[]}"},
        new String[] {"GET", "/wix-data/v2/collections/" + collection, null});
  }

  @Test
  void everyCallAboutACollectionThatNeverExistedAnswers404Wde0025() {
    sandbox.withoutCollection();
    for (String[] call : everyCall(Sandbox.COLLECTION)) {
      SandboxCalls.Answer answer = calls.wix(call[0], call[1], call[2]);
      assertThat(answer.status()).as(call[1]).isEqualTo(404);
      assertThat(answer.json().at("/details/applicationError/code").asString()).as(call[1]).isEqualTo("WDE0025");
      assertThat(answer.json().path("message").asString()).as(call[1]).contains(Sandbox.COLLECTION);
    }
  }

  @Test
  void aDeletedCollectionAnswersWde0026UntilItIsCreatedAgain() {
    assertThat(calls.wix("DELETE", "/wix-data/v2/collections/" + Sandbox.COLLECTION, null).status()).isEqualTo(200);
    for (String[] call : everyCall(Sandbox.COLLECTION)) {
      SandboxCalls.Answer answer = calls.wix(call[0], call[1], call[2]);
      assertThat(answer.status()).as(call[1]).isEqualTo(404);
      assertThat(answer.json().at("/details/applicationError/code").asString()).as(call[1]).isEqualTo("WDE0026");
    }
    String create = "{\"collection\":{\"id\":\"" + Sandbox.COLLECTION + "\",\"fields\":[{\"key\":\"title\","
        + "\"type\":\"TEXT\"}],\"permissions\":{\"insert\":\"ADMIN\",\"update\":\"ADMIN\",\"remove\":\"ADMIN\","
        + "\"read\":\"ANYONE\"}}}";
    assertThat(calls.wix("POST", "/wix-data/v2/collections", create).status()).isEqualTo(200);
    assertThat(calls.wix("POST", "/wix-data/v2/collections", create).status()).as("id taken").isEqualTo(409);
    assertThat(calls.wix("POST", "/wix-data/v2/items/query", "{\"dataCollectionId\":\"" + Sandbox.COLLECTION
        + "\",\"query\":{}}").status()).isEqualTo(200);
    assertThat(sandbox.wix().collectionFields(Sandbox.COLLECTION)).containsExactly(java.util.Map.entry("title", "TEXT"));
  }

  @Test
  void createRefusesACollectionWithoutFieldsOrPermissions() {
    sandbox.withoutCollection();
    SandboxCalls.Answer answer = calls.wix("POST", "/wix-data/v2/collections",
        "{\"collection\":{\"id\":\"" + Sandbox.COLLECTION + "\",\"fields\":[]}}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(sandbox.wix().collectionIds()).doesNotContain(Sandbox.COLLECTION);
  }
}
