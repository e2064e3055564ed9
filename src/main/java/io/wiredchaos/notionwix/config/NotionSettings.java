package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how to read Notion. The token and database id are required only by commands that talk to Notion,
 * so they are checked there ({@link RequiredSettings}), not at startup.
 *
 * @param token integration token ({@code NOTION_API_TOKEN} or {@code NOTION_API_TOKEN_FILE}); secret
 * @param databaseId database id or URL, with or without dashes ({@code NOTION_DATABASE_ID})
 * @param dataSourceId data source to sync when the database has several ({@code NOTION_DATA_SOURCE_ID})
 * @param baseUrl API base URL ({@code NOTION_API_BASE_URL}); the sandbox overrides it
 * @param version Notion-Version header ({@code NOTION_VERSION}): one of {@link NotionVersion#supported()}, default
 *     {@link NotionVersion#LATEST}; anything else is a configuration error that lists the supported values
 * @param requestsPerSecond average request budget per integration (3 on Free/Plus, 10 on Business)
 * @param logDatabaseId database receiving one run-log page per run ({@code NOTION_LOG_DATABASE_ID}); optional
 * @param webhookSecret verification token of the webhook subscription ({@code NOTION_WEBHOOK_SECRET}); secret
 * @param pageUrlPrefix site path before a synced page's slug, for links between pages ({@code SITE_PAGE_PATH})
 */
@Validated
@ConfigurationProperties("notionwix.notion")
public record NotionSettings(
    String token,
    String databaseId,
    String dataSourceId,
    @NotNull URI baseUrl,
    @NotNull String version,
    @Positive double requestsPerSecond,
    String logDatabaseId,
    String webhookSecret,
    String pageUrlPrefix) {

  public NotionSettings {
    if (version != null) {
      NotionVersion.parse(version);
    }
  }

  /** The parsed {@link #version()}. */
  public NotionVersion apiVersion() {
    return NotionVersion.parse(version);
  }
}
