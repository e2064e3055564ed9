package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.FieldRule;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.Check;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Notion half of {@code doctor --online}: the token, the database and data source, the mapping's properties
 * and the publish rule. Only GET requests: {@code /v1/users/me}, the database and its data source.
 */
public final class NotionCheckup {

  static final String TOKEN = "Notion token";
  static final String DATABASE = "Notion database";
  static final String PROPERTIES = "Mapped Notion properties";
  static final String PUBLISH = "Publish rule";

  private final NotionClient client;
  private final NotionSettings settings;
  private final MappingResolver mappings;

  /**
   * @param checks in order
   * @param wixFields field key → Wix type the items would carry (bookkeeping included), or null when the mapping
   *     could not be resolved at all
   */
  public record Result(List<Check> checks, Map<String, String> wixFields) {}

  public NotionCheckup(NotionClient client, NotionSettings settings, MappingResolver mappings) {
    this.client = client;
    this.settings = settings;
    this.mappings = mappings;
  }

  public Result run() {
    List<Check> checks = new ArrayList<>();
    try {
      JsonNode bot = client.self();
      checks.add(Check.passed(TOKEN, "valid; it belongs to the integration \"" + bot.path("name").asString("?")
          + "\" in workspace \"" + bot.path("bot").path("workspace_name").asString("?") + "\""));
    } catch (RemoteApiException e) {
      checks.add(Check.failed(TOKEN, e instanceof RemoteApiException.Unauthorized
          ? "Notion rejected NOTION_API_TOKEN (" + e.status() + "); set it to the integration's Internal Integration"
              + " Secret (notion.so/profile/integrations → your integration → Configuration)"
          : "cannot be checked: " + e.getMessage()));
      return notChecked(checks, "the token check failed");
    }
    NotionDataSource dataSource;
    try {
      dataSource = client.resolveDataSource(settings.databaseId(), settings.dataSourceId());
      checks.add(Check.passed(DATABASE, "database and data source " + dataSource.id() + " (\"" + dataSource.title()
          + "\") are shared with the integration"));
    } catch (RemoteApiException | IllegalArgumentException e) {
      checks.add(Check.failed(DATABASE, e.getMessage() + "; open the database in Notion → ••• → Connections and add"
          + " the integration, and check NOTION_DATABASE_ID"));
      return notChecked(checks, "the database could not be read");
    }
    MappingResolver.Inspection inspection;
    try {
      inspection = mappings.inspect(dataSource);
    } catch (SyncFailure e) {
      inspection = new MappingResolver.Inspection(null, List.of(e.getMessage()));
    }
    checks.add(properties(inspection));
    FieldMapping mapping = inspection.mapping();
    if (mapping == null) {
      checks.add(Check.failed(PUBLISH, "not checked: the mapping could not be read"));
      return new Result(checks, null);
    }
    List<String> publish = PublishRuleCheck.problems(mapping.queryFilter(), dataSource);
    checks.add(publish.isEmpty()
        ? Check.passed(PUBLISH, mapping.queryFilter() == null ? "every page is published (no filter)"
            : "its properties and values exist")
        : Check.failed(PUBLISH, String.join("; ", publish) + "; fix the publish filter in SYNC_MAPPING_FILE or the"
            + " option in Notion"));
    return new Result(checks, MappingResolver.wixFields(mapping));
  }

  private static Check properties(MappingResolver.Inspection inspection) {
    if (!inspection.problems().isEmpty()) {
      return Check.failed(PROPERTIES, String.join("; ", inspection.problems()) + "; fix SYNC_MAPPING_FILE to"
          + " name the properties as they are now in Notion (docs/mapping.md)");
    }
    long mapped = inspection.mapping().fields().stream().map(FieldRule::propertyId)
        .filter(java.util.Objects::nonNull).count();
    return Check.passed(PROPERTIES, mapped + " properties mapped, each present with a compatible type");
  }

  private static Result notChecked(List<Check> checks, String reason) {
    for (String subject : List.of(DATABASE, PROPERTIES, PUBLISH)) {
      if (checks.stream().noneMatch(c -> c.subject().equals(subject))) {
        checks.add(Check.failed(subject, "not checked: " + reason));
      }
    }
    return new Result(checks, null);
  }
}
