package io.wiredchaos.notionwix.config;

import java.util.Map;

/** The environment variable behind each bound setting, so that errors name what the operator sets. */
public final class SettingNames {

  private static final Map<String, String> VARIABLES = Map.ofEntries(
      Map.entry("notionwix.notion.baseUrl", "NOTION_API_BASE_URL"),
      Map.entry("notionwix.notion.version", "NOTION_VERSION"),
      Map.entry("notionwix.notion.requestsPerSecond", "NOTION_REQUESTS_PER_SECOND"),
      Map.entry("notionwix.wix.collectionId", "WIX_COLLECTION_ID"),
      Map.entry("notionwix.wix.baseUrl", "WIX_API_BASE_URL"),
      Map.entry("notionwix.wix.requestsPerMinute", "WIX_REQUESTS_PER_MINUTE"),
      Map.entry("notionwix.store.dataDir", "SYNC_DATA_DIR"),
      Map.entry("notionwix.sync.deadline", "SYNC_DEADLINE"),
      Map.entry("notionwix.sync.massDeleteRatio", "SYNC_MASS_DELETE_RATIO"),
      Map.entry("notionwix.sync.schedule", "SYNC_SCHEDULE"),
      Map.entry("notionwix.sync.staleAfter", "SYNC_STALE_AFTER"),
      Map.entry("notionwix.sync.autoRollback", "SYNC_AUTO_ROLLBACK"),
      Map.entry("notionwix.sync.autoRollbackThreshold", "SYNC_AUTO_ROLLBACK_THRESHOLD"),
      Map.entry("notionwix.report.swarmUrl", "SWARM_WEBHOOK_URL"),
      Map.entry("notionwix.report.swarmTimeout", "SWARM_TIMEOUT"),
      Map.entry("notionwix.report.alertUrl", "ALERT_WEBHOOK_URL"),
      Map.entry("notionwix.report.alertTimeout", "ALERT_TIMEOUT"),
      Map.entry("notionwix.report.alertOnPartial", "ALERT_ON_PARTIAL"));

  private SettingNames() {}

  /** The variable for {@code prefix.field} (field in camelCase), or the property name when unknown. */
  public static String variable(String prefix, String field) {
    return VARIABLES.getOrDefault(prefix + "." + field, prefix + "." + field);
  }
}
