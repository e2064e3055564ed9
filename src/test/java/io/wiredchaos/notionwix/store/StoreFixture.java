package io.wiredchaos.notionwix.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A migrated SQLite state database in a temporary directory, without Spring. */
final class StoreFixture implements AutoCloseable {

  final HikariDataSource dataSource = new HikariDataSource();
  final JdbcTemplate jdbc;
  final Clock clock;

  StoreFixture(Path dir, Clock clock) {
    this(DatabaseUrl.sqlite(dir).jdbcUrl(), clock);
  }

  StoreFixture(String jdbcUrl, Clock clock) {
    dataSource.setJdbcUrl(jdbcUrl);
    Flyway.configure().dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/"
            + (jdbcUrl.startsWith("jdbc:sqlite") ? "sqlite" : "postgresql"))
        .load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  JdbcJournal journal() {
    return new JdbcJournal(jdbc, new JsonCodec(JsonMapper.builder().build()), clock);
  }

  JdbcRunLock lock(LockHolder holder) {
    JdbcTemplate lockJdbc = new JdbcTemplate(dataSource);
    lockJdbc.setExceptionTranslator(new SqliteErrorTranslator(lockJdbc.getExceptionTranslator()));
    var provider = new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
        .builder().withJdbcTemplate(lockJdbc).withTableName("shedlock").withLockedByValue(holder.toString())
        .build()), Executors.newSingleThreadScheduledExecutor());
    return new JdbcRunLock(provider, lockJdbc, clock, holder);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
