package io.wiredchaos.notionwix.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data v2 single-item writes, bulk insert/update and the references endpoints (wix.md §2.1–2.6) over plain HTTP:
 * what Wix accepts, answers and refuses, with the codes and per-item results it gives.
 */
class WixItemWritesTest {

  private static final String ITEMS = "/wix-data/v2/items";
  private static final String VALID_RICOS = "{\"nodes\":[{\"type\":\"PARAGRAPH\",\"id\":\"p1\",\"nodes\":[{\"type\":"
      + "\"TEXT\",\"id\":\"\",\"textData\":{\"text\":\"Hello\",\"decorations\":[]}}],\"paragraphData\":{}}]}";
  private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final Sandbox sandbox = Sandbox.start(SandboxOptions.fast(), clock);
  private final SandboxCalls calls = new SandboxCalls(sandbox);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void insertCreatesAndNeverOverwrites() {
    SandboxCalls.Answer created = calls.wix("POST", ITEMS, single("n-1", "{\"title\":\"One\",\"content\":"
        + VALID_RICOS + ",\"publishDate\":\"2026-11-01\"}"));
    assertThat(created.status()).as(new String(created.bytes())).isEqualTo(200);
    assertThat(created.json().at("/dataItem/id").asString()).isEqualTo("n-1");
    assertThat(created.json().at("/dataItem/dataCollectionId").asString()).isEqualTo("NotionPages");
    assertThat(created.json().at("/dataItem/data/_createdDate/$date").asString()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(created.json().at("/dataItem/data/_owner").asString()).isNotEmpty();

    SandboxCalls.Answer again = calls.wix("POST", ITEMS, single("n-1", "{\"title\":\"Other\"}"));
    assertWixError(again, 409, "WDE0074");
    assertThat(stored("n-1").path("title").asString()).isEqualTo("One");

    SandboxCalls.Answer generated = calls.wix("POST", ITEMS, json("{\"dataCollectionId\":\"NotionPages\","
        + "\"dataItem\":{\"data\":{\"title\":\"No id\"}}}"));
    assertThat(generated.json().at("/dataItem/id").asString()).matches("[0-9a-f-]{36}");
    assertWixError(calls.wix("POST", ITEMS, json("{\"dataCollectionId\":\"Nope\",\"dataItem\":{\"data\":{}}}")),
        404, "WDE0025");
  }

  @Test
  void singleWritesValidateLikeTheBulkSave() {
    assertWixError(calls.wix("POST", ITEMS, single("r", "{\"content\":{\"nodes\":[{\"type\":\"TEXT\",\"id\":\"t\","
        + "\"textData\":{\"text\":\"bare\"}}]}}")), 400, "WDE0080");
    assertWixError(calls.wix("POST", ITEMS + "/save", single("big", "{\"title\":\"" + "x".repeat(520_000)
        + "\"}")), 400, "WDE0009");
    assertWixError(calls.wix("POST", ITEMS, single("m", "{\"title\":\"t\"}", "other-id")), 400, "WDE0080");
    SandboxCalls.Answer date = calls.wix("POST", ITEMS, single("d", "{\"notionLastEdited\":\"2026-11-01\"}"));
    assertThat(date.status()).isEqualTo(400);
    JsonNode violation = date.json().at("/details/validationError/fieldViolations/0");
    assertThat(violation.path("field").asString()).isEqualTo("notionLastEdited");
    assertThat(violation.path("violatedRule").asString()).isEqualTo("FORMAT");
    assertThat(violation.path("ruleName").asString()).isEqualTo("DATETIME_FORMAT");
    assertThat(sandbox.wix().items("NotionPages")).extracting(i -> i.path("_id").asString())
        .doesNotContain("r", "big", "m", "d");
  }

  @Test
  void updateReplacesTheWholeItemAndNeverCreates() {
    calls.wix("POST", ITEMS, single("u-1", "{\"title\":\"First\",\"slug\":\"first\"}"));
    clock.advance(Duration.ofMinutes(5));
    SandboxCalls.Answer updated = calls.wix("PUT", ITEMS + "/u-1", single("u-1", "{\"title\":\"Second\"}"));
    assertThat(updated.status()).isEqualTo(200);
    ObjectNode item = stored("u-1");
    assertThat(item.path("title").asString()).isEqualTo("Second");
    assertThat(item.has("slug")).as("fields left out are lost (wix.md §2.3)").isFalse();
    assertThat(item.at("/_createdDate/$date").asString()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(item.at("/_updatedDate/$date").asString()).isEqualTo("2026-11-02T10:05:00Z");

    assertWixError(calls.wix("PUT", ITEMS + "/ghost", single("ghost", "{\"title\":\"x\"}")), 404, "WDE0073");
    assertWixError(calls.wix("PUT", ITEMS + "/u-1", single("u-2", "{\"title\":\"x\"}")), 400, "WDE0080");
    assertThat(calls.wix("POST", ITEMS + "/update", single("u-1", "{\"title\":\"Third\"}")).status())
        .isEqualTo(200);
    assertThat(stored("u-1").path("title").asString()).isEqualTo("Third");
  }

  @Test
  void saveUpsertsAndSaysWhichItDid() {
    SandboxCalls.Answer first = calls.wix("POST", ITEMS + "/save", single("s-1", "{\"title\":\"New\"}"));
    assertThat(first.json().path("action").asString()).isEqualTo("INSERTED");
    SandboxCalls.Answer second = calls.wix("POST", ITEMS + "/save", single("s-1", "{\"title\":\"Newer\"}"));
    assertThat(second.json().path("action").asString()).isEqualTo("UPDATED");
    assertThat(second.json().at("/dataItem/data/title").asString()).isEqualTo("Newer");
  }

  @Test
  void removeAnswersTheRemovedItemThenNotFound() {
    calls.wix("POST", ITEMS, single("gone", "{\"title\":\"Bye\"}"));
    SandboxCalls.Answer removed = calls.wix("DELETE", ITEMS + "/gone?dataCollectionId=NotionPages", null);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().at("/dataItem/data/title").asString()).isEqualTo("Bye");
    assertWixError(calls.wix("DELETE", ITEMS + "/gone?dataCollectionId=NotionPages", null), 404, "WDE0073");
    assertWixError(calls.wix("POST", ITEMS + "/remove", json("{\"dataCollectionId\":\"NotionPages\","
        + "\"dataItemId\":\"gone\"}")), 404, "WDE0073");
    assertThat(sandbox.requestLog().count("wix", "DELETE", ITEMS)).isEqualTo(2);
  }

  @Test
  void bulkInsertGivesPerItemResultsByOriginalIndex() {
    calls.wix("POST", ITEMS, single("b-0", "{\"title\":\"exists\"}"));
    ObjectNode body = bulk("b-1", "b-0", "b-1", "b-bad");
    ((ObjectNode) body.at("/dataItems/3/data")).set("content", json("{\"nodes\":[{\"type\":\"NOPE\"}]}"));
    body.put("returnEntity", true);
    SandboxCalls.Answer answer = calls.wix("POST", "/wix-data/v2/bulk/items/insert", body);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode results = answer.json().path("results");
    assertThat(results).hasSize(4);
    assertThat(results.get(0).path("action").asString()).isEqualTo("INSERT");
    assertThat(results.get(0).at("/itemMetadata/success").asBoolean()).isTrue();
    assertThat(results.get(0).at("/dataItem/data/_id").asString()).isEqualTo("b-1");
    for (int i : new int[] {1, 2}) {
      assertThat(results.get(i).at("/itemMetadata/originalIndex").asInt()).isEqualTo(i);
      assertThat(results.get(i).at("/itemMetadata/success").asBoolean()).isFalse();
      assertThat(results.get(i).at("/itemMetadata/error/code").asString()).isEqualTo("WDE0074");
      assertThat(results.get(i).at("/itemMetadata").has("id")).as("no id when creation fails").isFalse();
      assertThat(results.get(i).has("dataItem")).isFalse();
    }
    assertThat(results.get(3).at("/itemMetadata/error/code").asString()).isEqualTo("WDE0080");
    assertThat(answer.json().at("/bulkActionMetadata/totalSuccesses").asInt()).isEqualTo(1);
    assertThat(answer.json().at("/bulkActionMetadata/totalFailures").asInt()).isEqualTo(3);
    assertThat(stored("b-0").path("title").asString()).isEqualTo("exists");
  }

  @Test
  void bulkUpdateFailsMissingIdsPerItemAndBulkSaveTellsInsertFromUpdate() {
    calls.wix("POST", ITEMS, single("c-0", "{\"title\":\"exists\"}"));
    SandboxCalls.Answer update = calls.wix("POST", "/wix-data/v2/bulk/items/update", bulk("c-0", "c-missing"));
    JsonNode results = update.json().path("results");
    assertThat(results.get(0).at("/itemMetadata/success").asBoolean()).isTrue();
    assertThat(results.get(1).path("action").asString()).isEqualTo("UPDATE");
    assertThat(results.get(1).at("/itemMetadata/id").asString()).isEqualTo("c-missing");
    assertThat(results.get(1).at("/itemMetadata/error/code").asString()).isEqualTo("WDE0073");
    assertThat(sandbox.wix().items("NotionPages")).extracting(i -> i.path("_id").asString())
        .doesNotContain("c-missing");

    SandboxCalls.Answer save = calls.wix("POST", "/wix-data/v2/bulk/items/save", bulk("c-0", "c-new"));
    assertThat(save.json().at("/results/0/action").asString()).isEqualTo("UPDATE");
    assertThat(save.json().at("/results/1/action").asString()).isEqualTo("INSERT");

    ObjectNode tooMany = JsonNodeFactory.instance.objectNode().put("dataCollectionId", "NotionPages");
    ArrayNode items = tooMany.putArray("dataItems");
    for (int i = 0; i < 1001; i++) {
      items.addObject().putObject("data").put("title", "t");
    }
    assertWixError(calls.wix("POST", "/wix-data/v2/bulk/items/insert", tooMany), 400, "WDE0006");
  }

  @Test
  void referencesAreReplacedInsertedRemovedAndQueried() {
    createCollection("Authors", "{\"key\":\"name\",\"type\":\"TEXT\"}");
    createCollection("Posts", "{\"key\":\"title\",\"type\":\"TEXT\"},{\"key\":\"authors\",\"type\":"
        + "\"MULTI_REFERENCE\",\"typeMetadata\":{\"multiReference\":{\"referencedCollectionId\":\"Authors\"}}}");
    for (String a : new String[] {"ada", "lin", "sam"}) {
      calls.wix("POST", ITEMS, json("{\"dataCollectionId\":\"Authors\",\"dataItem\":{\"id\":\"" + a
          + "\",\"data\":{\"name\":\"" + a + "\"}}}"));
    }
    calls.wix("POST", ITEMS, json("{\"dataCollectionId\":\"Posts\",\"dataItem\":{\"id\":\"p1\",\"data\":{}}}"));
    assertThat(calls.wix("POST", ITEMS + "/replace-references", json("{\"dataCollectionId\":\"Posts\","
        + "\"referringItemFieldName\":\"authors\",\"referringItemId\":\"p1\",\"newReferencedItemIds\":[\"lin\","
        + "\"ada\",\"nobody\"]}")).status()).isEqualTo(200);
    JsonNode page = referenced("{\"paging\":{\"limit\":2},\"returnTotalCount\":true}");
    assertThat(page.at("/results/0/dataItem/id").asString()).isEqualTo("lin");
    assertThat(page.at("/results/0/dataItem/dataCollectionId").asString()).isEqualTo("Authors");
    assertThat(page.at("/results/1/dataItem/data/name").asString()).isEqualTo("ada");
    assertThat(page.at("/pagingMetadata/total").asInt()).isEqualTo(3);
    assertThat(page.at("/pagingMetadata/hasNext").asBoolean()).isTrue();
    JsonNode rest = referenced("{\"paging\":{\"limit\":2,\"offset\":2}}");
    assertThat(rest.at("/results/0/unresolvedReference/referringItemId").asString()).isEqualTo("p1");

    SandboxCalls.Answer inserted = calls.wix("POST", "/wix-data/v2/bulk/items/insert-references", json(
        "{\"dataCollectionId\":\"Posts\",\"dataItemReferences\":[{\"referringItemFieldName\":\"authors\","
        + "\"referringItemId\":\"p1\",\"referencedItemId\":\"sam\"},{\"referringItemFieldName\":\"authors\","
        + "\"referringItemId\":\"p-missing\",\"referencedItemId\":\"sam\"}]}"));
    assertThat(inserted.json().at("/results/0/referenceMetadata/success").asBoolean()).isTrue();
    assertThat(inserted.json().at("/results/1/referenceMetadata/originalIndex").asInt()).isEqualTo(1);
    assertThat(inserted.json().at("/results/1/referenceMetadata/error/code").asString()).isEqualTo("WDE0073");
    calls.wix("POST", "/wix-data/v2/bulk/items/remove-references", json("{\"dataCollectionId\":\"Posts\","
        + "\"dataItemReferences\":[{\"referringItemFieldName\":\"authors\",\"referringItemId\":\"p1\","
        + "\"referencedItemId\":\"nobody\"}]}"));
    calls.wix("DELETE", ITEMS + "/ada?dataCollectionId=Authors", null);
    JsonNode after = referenced("{\"cursorPaging\":{\"limit\":1}}");
    assertThat(after.at("/results/0/dataItem/id").asString()).isEqualTo("lin");
    String cursor = after.at("/pagingMetadata/cursors/next").asString();
    JsonNode next = referenced("{\"cursorPaging\":{\"limit\":5,\"cursor\":\"" + cursor + "\"}}");
    assertThat(next.path("results")).hasSize(1);
    assertThat(next.at("/results/0/dataItem/id").asString()).as("ada's removal cleared her reference")
        .isEqualTo("sam");
    assertThat(calls.wix("POST", ITEMS + "/query", json("{\"dataCollectionId\":\"Posts\",\"query\":{}}")).json()
        .at("/dataItems/0/data").has("authors")).as("references are not item data").isFalse();

    assertWixError(calls.wix("POST", ITEMS + "/replace-references", json("{\"dataCollectionId\":\"Posts\","
        + "\"referringItemFieldName\":\"title\",\"referringItemId\":\"p1\",\"newReferencedItemIds\":[]}")),
        400, "WDE0080");
    assertWixError(calls.wix("POST", ITEMS + "/save", json("{\"dataCollectionId\":\"Posts\",\"dataItem\":{"
        + "\"id\":\"p2\",\"data\":{\"authors\":[\"lin\"]}}}")), 400, "WDE0303");
    calls.wix("POST", ITEMS + "/save", json("{\"dataCollectionId\":\"Posts\",\"saveReferences\":true,"
        + "\"dataItem\":{\"id\":\"p2\",\"data\":{\"authors\":[\"lin\"]}}}"));
    assertThat(calls.wix("POST", ITEMS + "/query-referenced", json("{\"dataCollectionId\":\"Posts\","
        + "\"referringItemIds\":[\"p2\"],\"referringItemFieldName\":\"authors\"}")).json()
        .at("/results/0/dataItem/id").asString()).isEqualTo("lin");
  }

  private JsonNode referenced(String paging) {
    ObjectNode body = (ObjectNode) json(paging);
    body.put("dataCollectionId", "Posts").put("referringItemFieldName", "authors").putArray("referringItemIds")
        .add("p1");
    SandboxCalls.Answer answer = calls.wix("POST", ITEMS + "/query-referenced", body);
    assertThat(answer.status()).as(new String(answer.bytes())).isEqualTo(200);
    return answer.json();
  }

  private void createCollection(String id, String fields) {
    assertThat(calls.wix("POST", "/wix-data/v2/collections", json("{\"collection\":{\"id\":\"" + id
        + "\",\"fields\":[" + fields + "],\"permissions\":{\"insert\":\"ADMIN\",\"update\":\"ADMIN\","
        + "\"remove\":\"ADMIN\",\"read\":\"ANYONE\"}}}")).status()).isEqualTo(200);
  }

  private ObjectNode stored(String id) {
    return sandbox.wix().items("NotionPages").stream().filter(i -> i.path("_id").asString().equals(id))
        .findFirst().orElseThrow();
  }

  private static ObjectNode bulk(String... ids) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("dataCollectionId", "NotionPages");
    ArrayNode items = body.putArray("dataItems");
    for (String id : ids) {
      items.addObject().put("id", id).putObject("data").put("_id", id).put("title", "bulk " + id);
    }
    return body;
  }

  private static JsonNode single(String id, String data) {
    return single(id, data, id);
  }

  private static JsonNode single(String id, String data, String innerId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("dataCollectionId", "NotionPages");
    ObjectNode fields = (ObjectNode) json(data);
    fields.put("_id", innerId);
    body.putObject("dataItem").put("id", id).set("data", fields);
    return body;
  }

  private static JsonNode json(String text) {
    return SandboxCalls.JSON.readTree(text);
  }

  private static void assertWixError(SandboxCalls.Answer answer, int status, String code) {
    assertThat(answer.status()).as("status (%s)", new String(answer.bytes())).isEqualTo(status);
    assertThat(answer.json().at("/details/applicationError/code").asString()).isEqualTo(code);
  }
}
