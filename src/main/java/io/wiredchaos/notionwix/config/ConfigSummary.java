package io.wiredchaos.notionwix.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resolved configuration as environment-variable name → shown value, with every secret masked. This is the
 * only form in which settings are printed or logged.
 */
public final class ConfigSummary {

  private ConfigSummary() {}

  public static Map<String, String> of(
      NotionSettings notion, WixSettings wix, StoreSettings store, SyncSettings sync, String databaseDisplay) {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("NOTION_API_BASE_URL", String.valueOf(notion.baseUrl()));
    shown.put("NOTION_API_TOKEN", Secrets.mask(notion.token()));
    shown.put("NOTION_DATABASE_ID", orUnset(notion.databaseId()));
    shown.put("NOTION_DATA_SOURCE_ID", orUnset(notion.dataSourceId()));
    shown.put("NOTION_VERSION", notion.version());
    shown.put("NOTION_REQUESTS_PER_SECOND", String.valueOf(notion.requestsPerSecond()));
    shown.put("NOTION_LOG_DATABASE_ID", orUnset(notion.logDatabaseId()));
    shown.put("NOTION_WEBHOOK_SECRET", Secrets.mask(notion.webhookSecret()));
    shown.put("WIX_API_BASE_URL", String.valueOf(wix.baseUrl()));
    shown.put("WIX_API_KEY", Secrets.mask(wix.apiKey()));
    shown.put("WIX_SITE_ID", orUnset(wix.siteId()));
    shown.put("WIX_COLLECTION_ID", wix.collectionId());
    shown.put("WIX_REQUESTS_PER_MINUTE", String.valueOf(wix.requestsPerMinute()));
    shown.put("SYNC_DATA_DIR", store.dataDir().toAbsolutePath().normalize().toString());
    shown.put("SYNC_DATABASE_URL", store.embedded() ? "<not set: SQLite in SYNC_DATA_DIR>" : databaseDisplay);
    shown.put("SYNC_MAPPING_FILE", sync.mappingFile() == null ? "<not set: default mapping>" : sync.mappingFile().toString());
    shown.put("SYNC_DEADLINE", sync.deadline().toString());
    shown.put("SYNC_MASS_DELETE_RATIO", String.valueOf(sync.massDeleteRatio()));
    shown.put("SYNC_AUTO_ROLLBACK", sync.autoRollback() ? "on above " + sync.autoRollbackThreshold() : "off");
    shown.put("SYNC_SCHEDULE", sync.schedule());
    shown.put("SYNC_STALE_AFTER", sync.staleAfter().toString());
    return shown;
  }

  /** The reporters' settings: webhook URLs as scheme and host only, the signing secret masked. */
  public static Map<String, String> reporting(ReportSettings report) {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("SWARM_WEBHOOK_URL", Secrets.maskUrl(report.swarmUrl()));
    shown.put("SWARM_WEBHOOK_SECRET", Secrets.mask(report.swarmSecret()));
    shown.put("SWARM_TIMEOUT", report.swarmTimeout().toString());
    shown.put("ALERT_WEBHOOK_URL", Secrets.maskUrl(report.alertUrl()));
    shown.put("ALERT_TIMEOUT", report.alertTimeout().toString());
    shown.put("ALERT_ON_PARTIAL", String.valueOf(report.alertOnPartial()));
    return shown;
  }

  private static String orUnset(String value) {
    return value == null || value.isBlank() ? "<not set>" : value;
  }
}
