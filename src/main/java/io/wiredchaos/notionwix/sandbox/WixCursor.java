package io.wiredchaos.notionwix.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Opaque query cursors: base64url JSON of the first request's filter, sort and fields plus the next offset. */
final class WixCursor {

  private WixCursor() {}

  static String encode(JsonNode query, int offset) {
    ObjectNode state = Exchanges.object();
    for (String key : new String[] {"filter", "sort", "fields"}) {
      if (query.has(key)) {
        state.set(key, query.get(key));
      }
    }
    state.put("offset", offset);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Exchanges.JSON.writeValueAsBytes(state));
  }

  static JsonNode decode(String cursor) {
    try {
      JsonNode state = Exchanges.JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor),
          StandardCharsets.UTF_8));
      if (state.isObject() && state.path("offset").isInt()) {
        return state;
      }
    } catch (RuntimeException e) {
      // not one of ours: fall through
    }
    throw new WixRejection(400, "WDE0151", "Incorrect cursor");
  }
}
