package io.wiredchaos.notionwix.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the settings a remote command needs and names every missing environment variable at once, so an
 * operator fixes the configuration in one pass.
 */
public final class RequiredSettings {

  private RequiredSettings() {}

  /** The environment variables a sync needs that are not set; empty when all are there. */
  public static List<String> missingForSync(NotionSettings notion, WixSettings wix) {
    List<String> missing = new ArrayList<>();
    require(notion.token(), "NOTION_API_TOKEN (or NOTION_API_TOKEN_FILE)", missing);
    require(notion.databaseId(), "NOTION_DATABASE_ID", missing);
    require(wix.apiKey(), "WIX_API_KEY (or WIX_API_KEY_FILE)", missing);
    require(wix.siteId(), "WIX_SITE_ID", missing);
    return missing;
  }

  private static void require(String value, String variable, List<String> missing) {
    if (value == null || value.isBlank()) {
      missing.add(variable);
    }
  }
}
