package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.sync.Journal;
import io.wiredchaos.notionwix.sync.RunLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The journal and the run lock on the state database. */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

  @Bean
  Journal journal(JdbcTemplate jdbc, JsonMapper mapper, Clock clock) {
    return new JdbcJournal(jdbc, new JsonCodec(mapper), clock);
  }

  @Bean
  StateValues stateValues(JdbcTemplate jdbc) {
    return new StateValues(jdbc);
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService lockKeepAlive() {
    return Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("run-lock-keepalive").factory());
  }

  @Bean
  RunLock runLock(DataSource dataSource, Clock clock, ScheduledExecutorService lockKeepAlive) throws SQLException {
    JdbcTemplate lockJdbc = new JdbcTemplate(dataSource);
    lockJdbc.setExceptionTranslator(new SqliteErrorTranslator(lockJdbc.getExceptionTranslator()));
    LockHolder self = LockHolder.current();
    var config = JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(lockJdbc)
        .withTableName("shedlock")
        .withLockedByValue(self.toString());
    // Database time only where ShedLock supports it (not SQLite; stack.md pitfall 2).
    if (isPostgres(dataSource)) {
      config.usingDbTime();
    }
    var provider = new KeepAliveLockProvider(new JdbcTemplateLockProvider(config.build()), lockKeepAlive);
    return new JdbcRunLock(provider, lockJdbc, clock, self);
  }

  private static boolean isPostgres(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }
}
