package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.wix.api.WixCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Collection endpoints (wix.md §3.1): get, list (offset paging, 100 a page), create and create-field. */
final class WixCollections {

  private static final String PATH = "/wix-data/v2/collections";
  private static final int LIST_PAGE = 100;

  private final WixHttp http;

  WixCollections(WixHttp http) {
    this.http = http;
  }

  WixCollection get(String collectionId) {
    JsonNode response = http.get("get collection", WixSubject.collection(collectionId),
        PATH + "/" + WixHttp.encode(collectionId), Map.of("consistentRead", List.of("true")));
    return collection(response.path("collection"));
  }

  List<WixCollection> list() {
    List<WixCollection> collections = new ArrayList<>();
    for (int offset = 0; ; offset += LIST_PAGE) {
      JsonNode response = http.get("list collections", WixSubject.item("the site's collections"), PATH,
          Map.of("paging.limit", List.of(String.valueOf(LIST_PAGE)), "paging.offset", List.of(String.valueOf(offset))));
      JsonNode page = response.path("collections");
      page.forEach(node -> collections.add(collection(node)));
      if (page.size() < LIST_PAGE) {
        return collections;
      }
    }
  }

  /**
   * Creates a collection (wix.md §3.1: {@code {"collection": …}} with id, fields and permissions). Items are
   * readable by anyone, so the site can show them, and writable by admins only, which includes our API key.
   */
  WixCollection create(String collectionId, String displayName, List<WixCollection.WixField> fields) {
    ObjectNode body = http.json().createObjectNode();
    ObjectNode collection = body.putObject("collection");
    collection.put("id", collectionId).put("displayName", displayName);
    ArrayNode fieldArray = collection.putArray("fields");
    for (WixCollection.WixField field : fields) {
      fieldArray.addObject().put("key", field.key()).put("displayName", field.displayName()).put("type", field.type());
    }
    collection.putObject("permissions")
        .put("insert", "ADMIN").put("update", "ADMIN").put("remove", "ADMIN").put("read", "ANYONE");
    JsonNode response = http.post("create collection", WixSubject.item("collection " + collectionId), false, PATH,
        body);
    return collection(response.path("collection"));
  }

  /**
   * Create Field (wix.md §3.1: {@code POST /wix-data/v2/collections/create-field} with {@code {dataCollectionId,
   * field}} → {@code {dataCollection}}). Chosen over the full update (PUT), which needs the current revision and the
   * whole definition and drops what it leaves out (§9.12): adding one field cannot touch the others. Not retried on
   * an ambiguous failure, because a second add answers 409.
   */
  WixCollection createField(String collectionId, WixCollection.WixField field) {
    ObjectNode body = http.json().createObjectNode().put("dataCollectionId", collectionId);
    body.putObject("field").put("key", field.key()).put("displayName", field.displayName()).put("type", field.type());
    JsonNode response = http.post("create field", WixSubject.collection(collectionId), false, PATH + "/create-field",
        body);
    return collection(response.path("dataCollection"));
  }

  static WixCollection collection(JsonNode node) {
    List<WixCollection.WixField> fields = new ArrayList<>();
    for (JsonNode field : node.path("fields")) {
      fields.add(new WixCollection.WixField(WixErrors.text(field, "key"), WixErrors.text(field, "displayName"),
          WixErrors.text(field, "type")));
    }
    return new WixCollection(WixErrors.text(node, "id"), WixErrors.text(node, "displayName"), fields, node);
  }
}
