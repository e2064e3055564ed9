package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.notion.NotionIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * The trigger's {@code pageIds}, checked before a run is accepted: each must be a Notion id in a form Notion gives
 * (32 hex digits with or without dashes, or a page URL ending in one), parsed by {@link NotionIds} as
 * {@code sync --only} is. Any malformed entry answers 400 naming every bad one, and no run starts.
 */
final class TriggerPageIds {

  private TriggerPageIds() {}

  /** The canonical ids; an empty or missing list is a full-scope run. */
  static Set<String> parse(List<String> given) {
    if (given == null || given.isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    for (String id : given) {
      try {
        ids.add(NotionIds.normalize(id));
      } catch (IllegalArgumentException e) {
        bad.add(String.valueOf(id));
      }
    }
    if (!bad.isEmpty()) {
      ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "DATA", "pageIds holds " + bad.size()
          + " malformed Notion page id(s): " + String.join(", ", bad.stream().map(TriggerPageIds::quoted).toList())
          + "; give 32 hex digits, with or without dashes, or a Notion page URL");
      problem.getBody().setProperty("invalidPageIds", bad);
      throw problem;
    }
    return ids;
  }

  private static String quoted(String id) {
    return "\"" + (id.length() <= 80 ? id : id.substring(0, 77) + "…") + "\"";
  }
}
