package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.notion.NotionIds;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which webhook events concern the synced database, decided before any run is scheduled. A subscription delivers
 * events for every page and database shared with the integration (notion.md §9.1), so a busy workspace sends many
 * that are not ours; each names its parent in {@code data.parent} (§9.4): {@code type: "database"} with the
 * database id and the row's {@code data_source_id}.
 *
 * <ul>
 *   <li>A page event is ours when its parent is the configured database (and, when {@code NOTION_DATA_SOURCE_ID}
 *       is set and the event names a data source, that data source), or a {@code data_source} parent that is the
 *       configured data source (without {@code NOTION_DATA_SOURCE_ID}: one an earlier event named as the
 *       database's, since a row's parent gives both). A page whose parent is another database, an unknown data
 *       source, a page or the workspace is dropped; the first data-source parent dropped for want of
 *       {@code NOTION_DATA_SOURCE_ID} is logged once, naming the setting.
 *   <li>{@code page.moved} is always kept: its parent is where the page is now, so a row moved out of the
 *       database (whose item must go) looks like an unrelated move.
 *   <li>A data-source event is ours when it is the configured data source or its parent is the database; a database
 *       event when it is the database.
 *   <li>An event without parent information is kept: dropping it could lose an edit, and the run it joins reads
 *       the page and skips it with a note when it is not a row (a run of only such pages writes nothing).
 *   <li>While no valid database id is configured nothing can be told apart, and every event is kept.
 * </ul>
 */
@Component
class WebhookScope {

  private static final Logger log = LoggerFactory.getLogger(WebhookScope.class);
  /** Data sources a database may have; a bound on what is learned from events. */
  private static final int LEARNED = 32;

  private final String databaseId;
  private final String dataSourceId;
  private final Set<String> learned = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean hinted = new AtomicBoolean();

  WebhookScope(NotionSettings settings) {
    this.databaseId = canonical(settings.databaseId());
    this.dataSourceId = canonical(settings.dataSourceId());
  }

  boolean concernsSyncedSource(WebhookEvent event) {
    if (databaseId == null || event.type() == null) {
      return true;
    }
    if (event.type().startsWith("database.")) {
      return event.entityId() == null || databaseId.equals(canonical(event.entityId()));
    }
    if (event.type().startsWith("data_source.")) {
      if (isDatabaseParent(event)) {
        learn(event.entityId());
        return true;
      }
      return isDataSource(event.entityId()) || !event.hasParent();
    }
    if (event.type().equals("page.moved") || !event.hasParent()) {
      return true;
    }
    return switch (event.parentType()) {
      case "database" -> isDatabaseParent(event) && rowOfSyncedSource(event.parentDataSourceId());
      case "data_source" -> isDataSource(event.parentId()) || unverifiable(event);
      default -> false;
    };
  }

  /** A row of the database: ours unless a data source is configured and the event names another. */
  private boolean rowOfSyncedSource(String rowDataSource) {
    if (dataSourceId == null) {
      learn(rowDataSource);
      return true;
    }
    return rowDataSource == null || dataSourceId.equals(canonical(rowDataSource));
  }

  private boolean unverifiable(WebhookEvent event) {
    if (dataSourceId == null && hinted.compareAndSet(false, true)) {
      log.warn("dropped webhook event {}: its parent is data source {}, which no earlier event tied to the synced"
          + " database; set NOTION_DATA_SOURCE_ID so such events are recognised", event.id(), event.parentId());
    }
    return false;
  }

  private void learn(String id) {
    String canonical = canonical(id);
    if (canonical != null && learned.size() < LEARNED) {
      learned.add(canonical);
    }
  }

  private boolean isDatabaseParent(WebhookEvent event) {
    return "database".equals(event.parentType()) && databaseId.equals(canonical(event.parentId()));
  }

  private boolean isDataSource(String id) {
    String canonical = canonical(id);
    return canonical != null && (dataSourceId != null ? dataSourceId.equals(canonical) : learned.contains(canonical));
  }

  /** The canonical id, or null when absent or malformed (then it matches nothing). */
  private static String canonical(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return NotionIds.normalize(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
