package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where state lives.
 *
 * @param dataDir state directory ({@code SYNC_DATA_DIR}, default {@code ./data}); holds the SQLite file
 * @param databaseUrl PostgreSQL URL for shared deployments ({@code SYNC_DATABASE_URL}); JDBC form
 *     ({@code jdbc:postgresql://…}) or libpq form ({@code postgresql://user:pass@host/db}); may hold a password
 */
@Validated
@ConfigurationProperties("notionwix.store")
public record StoreSettings(@NotNull Path dataDir, String databaseUrl) {

  public boolean embedded() {
    return databaseUrl == null || databaseUrl.isBlank();
  }
}
