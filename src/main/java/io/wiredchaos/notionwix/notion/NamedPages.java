package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.SkippedPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pages a scoped run names, read one by one. An integration hears of every page shared with it, not only the
 * synced database's rows (notion.md §9.1), and events arrive late (§9.5), so a named id may be a page elsewhere in
 * the workspace, a page since trashed, or one no longer shared (404 {@code object_not_found}, 403
 * {@code restricted_resource}, §2.3): each is skipped with its reason, and the readable rows are synced. A
 * malformed id is still a CONFIG error (the operator typed it), and every other failure still ends the run.
 */
final class NamedPages {

  /** What a scoped read found: the published rows by canonical id, and the ids left out. */
  record Found(Map<String, NotionPage> pages, List<SkippedPage> skipped) {}

  private NamedPages() {}

  static Found read(Set<String> ids, NotionReads notion, String dataSourceId, Predicate<NotionPage> published) {
    Map<String, NotionPage> pages = new LinkedHashMap<>();
    List<SkippedPage> skipped = new ArrayList<>();
    for (String given : ids) {
      String id = PageIdentity.canonical(given);
      NotionPage page;
      try {
        page = notion.retrievePage(id);
      } catch (RuntimeException e) {
        String unreadable = unreadable(e);
        if (unreadable == null) {
          throw e;
        }
        skipped.add(new SkippedPage(id, unreadable));
        continue;
      }
      if (!PageIdentity.belongsTo(page, dataSourceId)) {
        skipped.add(new SkippedPage(id, "not a row of the synced data source"));
      } else if (page.inTrash()) {
        skipped.add(new SkippedPage(id, "in the Notion trash"));
      } else if (published.test(page)) {
        pages.put(PageIdentity.canonical(page.id()), page);
      }
    }
    return new Found(pages, List.copyOf(skipped));
  }

  /** The reason when {@code failure} says the integration cannot read the page, else null. */
  private static String unreadable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RemoteApiException remote) {
        if (remote.status() == 404) {
          return "not found or not shared with the integration (Notion 404 object_not_found)";
        }
        if (remote.status() == 403 && "restricted_resource".equals(remote.code())) {
          return "not readable by the integration (Notion 403 restricted_resource)";
        }
        return null;
      }
    }
    return null;
  }
}
