package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.wix.api.BulkItemResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One bulk save of any size (wix.md §2.4): oversize items fail locally, the rest go in chunks by count and bytes;
 * a chunk Wix still finds too large (413) is halved and sent again, down to single items, whose 413 is that item's
 * DATA failure. Save is an upsert keyed by the client-chosen id, so every chunk is idempotent and safe to retry.
 */
final class WixBulkSave {

  private final WixHttp http;
  private final String collectionId;

  WixBulkSave(WixHttp http, String collectionId) {
    this.http = http;
    this.collectionId = collectionId;
  }

  List<BulkItemResult> save(List<Map<String, Object>> items) {
    BulkItemResult[] results = new BulkItemResult[items.size()];
    List<Sized> sendable = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      byte[] json = http.json().writeValueAsBytes(items.get(i));
      String id = id(items.get(i));
      if (json.length > WixClient.MAX_ITEM_BYTES) {
        results[i] = BulkItemResult.failed(i, id, "WDE0009",
            "item is " + json.length + " bytes, over Wix's 500 KB item limit");
      } else {
        sendable.add(new Sized(i, items.get(i), id, json.length));
      }
    }
    for (BulkChunks.Chunk<Sized> chunk :
        BulkChunks.split(sendable, BulkChunks.MAX_ITEMS, BulkChunks.MAX_BYTES, Sized::bytes)) {
      send(chunk.elements(), results);
    }
    return List.of(results);
  }

  private record Sized(int index, Map<String, Object> data, String id, int bytes) {}

  private void send(List<Sized> chunk, BulkItemResult[] results) {
    JsonNode response;
    try {
      response = http.post("bulk save items", WixSubject.collection(collectionId), true,
          "/wix-data/v2/bulk/items/save", body(chunk));
    } catch (RemoteApiException.PayloadTooLarge e) {
      if (chunk.size() == 1) {
        Sized only = chunk.getFirst();
        results[only.index()] = BulkItemResult.failed(only.index(), only.id(),
            e.code() != null ? e.code() : "WDE0109", e.getMessage());
        return;
      }
      int half = chunk.size() / 2;
      send(chunk.subList(0, half), results);
      send(chunk.subList(half, chunk.size()), results);
      return;
    }
    List<BulkItemResult> local = BulkResults.read(response, 0, chunk.size(), chunk.stream().map(Sized::id).toList());
    for (BulkItemResult result : local) {
      int index = chunk.get(result.originalIndex()).index();
      results[index] = new BulkItemResult(index, result.success(), result.itemId(), result.action(),
          result.errorCode(), result.errorMessage());
    }
  }

  private ObjectNode body(List<Sized> chunk) {
    ObjectNode body = http.json().createObjectNode().put("dataCollectionId", collectionId);
    ArrayNode dataItems = body.putArray("dataItems");
    for (Sized item : chunk) {
      ObjectNode dataItem = dataItems.addObject();
      if (item.id() != null) {
        dataItem.put("id", item.id());
      }
      dataItem.set("data", http.json().valueToTree(item.data()));
    }
    body.put("returnEntity", false);
    return body;
  }

  private static String id(Map<String, Object> data) {
    Object id = data.get("_id");
    return id == null ? null : id.toString();
  }
}
