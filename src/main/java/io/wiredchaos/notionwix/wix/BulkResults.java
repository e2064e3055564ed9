package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.wix.api.BulkItemResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a bulk response (wix.md §2.4) into one result per element sent, by {@code itemMetadata.originalIndex}
 * shifted to the caller's list. Wix may return fewer results than elements (the SDK calls them skipped); those get
 * a {@code NO_RESULT} failure so that nothing passes silently.
 */
final class BulkResults {

  static final String NO_RESULT = "NO_RESULT";

  private BulkResults() {}

  static List<BulkItemResult> read(JsonNode response, int offset, int count, List<String> idsSent) {
    BulkItemResult[] byIndex = new BulkItemResult[count];
    for (JsonNode result : response.path("results")) {
      JsonNode meta = result.path("itemMetadata");
      int local = meta.path("originalIndex").asInt(-1);
      if (local < 0 || local >= count) {
        continue;
      }
      boolean success = meta.path("success").asBoolean(false);
      JsonNode error = meta.path("error");
      String id = WixErrors.text(meta, "id");
      byIndex[local] = new BulkItemResult(offset + local, success, id != null ? id : idsSent.get(local),
          WixErrors.text(result, "action"), success ? null : code(error), success ? null : message(error));
    }
    List<BulkItemResult> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      results.add(byIndex[i] != null ? byIndex[i]
          : BulkItemResult.failed(offset + i, idsSent.get(i), NO_RESULT, "Wix returned no result for this item"));
    }
    return results;
  }

  private static String code(JsonNode error) {
    String code = WixErrors.text(error, "code");
    return code == null ? "UNKNOWN" : code;
  }

  private static String message(JsonNode error) {
    String description = WixErrors.text(error, "description");
    return description != null ? description : WixErrors.text(error, "message");
  }
}
