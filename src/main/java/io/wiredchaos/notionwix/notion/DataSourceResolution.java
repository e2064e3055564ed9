package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionDatabase;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import java.util.stream.Collectors;

/**
 * Picks the data source of a database (notion.md §1.3, §12.6): the only one, or the one the operator configured.
 * Several without a choice, or a choice that is not in the database, is a CONFIG failure that lists the choices.
 */
final class DataSourceResolution {

  private DataSourceResolution() {}

  static String choose(NotionDatabase database, String configured) {
    if (configured != null && !configured.isBlank()) {
      String wanted;
      try {
        wanted = NotionIds.normalize(configured);
      } catch (IllegalArgumentException e) {
        throw failure(NotionClient.DATA_SOURCE_SETTING + ": " + e.getMessage());
      }
      boolean present = database.dataSources().stream().anyMatch(ref -> wanted.equals(ref.id()));
      if (!present) {
        throw failure(NotionClient.DATA_SOURCE_SETTING + "=" + wanted + " is not a data source of database "
            + database.id() + "; its data sources are: " + choices(database));
      }
      return wanted;
    }
    return switch (database.dataSources().size()) {
      case 0 -> throw failure("database " + database.id() + " has no data source that the integration can see");
      case 1 -> database.dataSources().getFirst().id();
      default -> throw failure("database " + database.id() + " (" + database.title() + ") has "
          + database.dataSources().size() + " data sources; set " + NotionClient.DATA_SOURCE_SETTING
          + " to one of: " + choices(database));
    };
  }

  private static String choices(NotionDatabase database) {
    return database.dataSources().stream()
        .map(ref -> ref.id() + " (" + ref.name() + ")")
        .collect(Collectors.joining(", "));
  }

  private static RemoteApiException failure(String message) {
    return new RemoteApiException.Rejected(new ErrorDetail(Api.NOTION, 0, "data_source_choice", null, null),
        FailureKind.CONFIG, message);
  }
}
