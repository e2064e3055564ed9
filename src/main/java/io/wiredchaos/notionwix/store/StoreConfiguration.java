package io.wiredchaos.notionwix.store;

import com.zaxxer.hikari.HikariDataSource;
import io.wiredchaos.notionwix.config.StoreSettings;
import io.wiredchaos.notionwix.config.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The state database. The state directory is created here, before the pool opens, because SQLite cannot create
 * a file in a missing directory ({@code SQLITE_CANTOPEN} through Flyway; stack.md pitfall 5). Before Flyway and
 * ShedLock see the pool, {@link StateAccess} checks that the SQLite file can be written and that one connection
 * opens, so that local faults are configuration errors that say what to fix.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean
  DatabaseUrl databaseUrl(StoreSettings settings) {
    return settings.embedded()
        ? DatabaseUrl.sqlite(settings.dataDir())
        : DatabaseUrl.parse(settings.databaseUrl());
  }

  @Bean
  DataSource dataSource(StoreSettings settings, DatabaseUrl url) {
    createDataDir(settings);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url.jdbcUrl());
    pool.setUsername(url.user());
    pool.setPassword(url.password());
    pool.setPoolName("state");
    pool.setMaximumPoolSize(url.isSqlite() ? 4 : 8);
    try {
      if (url.sqliteFile() != null) {
        StateAccess.requireWritable(url.sqliteFile());
      }
      StateAccess.requireConnection(pool, url);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  private static void createDataDir(StoreSettings settings) {
    try {
      Files.createDirectories(settings.dataDir());
    } catch (IOException e) {
      throw new SettingsException(
          "cannot create the state directory " + settings.dataDir().toAbsolutePath()
              + "; set SYNC_DATA_DIR to a writable directory",
          e);
    }
  }
}
