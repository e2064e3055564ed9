package io.wiredchaos.notionwix.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void embeddedDefaultIsSqliteInTheDataDirectoryWithWalAndBusyTimeout() {
    DatabaseUrl url = DatabaseUrl.sqlite(Path.of("/srv/state"));
    assertThat(url.jdbcUrl()).startsWith("jdbc:sqlite:/srv/state/notion-wix.db?")
        .contains("journal_mode=WAL").contains("busy_timeout=");
    assertThat(url.isSqlite()).isTrue();
    assertThat(url.display()).isEqualTo("jdbc:sqlite:/srv/state/notion-wix.db");
  }

  @Test
  void libpqUrlMovesCredentialsOutOfTheShownUrl() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://sync:s3cr%40t@db.internal/notionwix?sslmode=require");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/notionwix?sslmode=require");
    assertThat(url.user()).isEqualTo("sync");
    assertThat(url.password()).isEqualTo("s3cr@t");
    assertThat(url.display()).doesNotContain("s3cr").isEqualTo("jdbc:postgresql://db.internal:5432/notionwix");
  }

  @Test
  void jdbcUrlIsTakenAsIs() {
    assertThat(DatabaseUrl.parse(" jdbc:postgresql://h:5433/x ").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/x");
  }

  @Test
  void unsupportedSchemeNamesTheVariable() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/db"))
        .hasMessageContaining("SYNC_DATABASE_URL").hasMessageContaining("mysql");
  }
}
