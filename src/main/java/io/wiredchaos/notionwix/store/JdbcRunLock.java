package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.config.SettingsException;
import io.wiredchaos.notionwix.sync.RunLock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run at a time across processes and machines sharing the state database (ShedLock row {@value #NAME}). The
 * lock is a short lease kept alive while the run works, so a crashed holder on another machine blocks others for
 * one lease at most; a holder on this machine whose process is gone is taken over at once.
 */
final class JdbcRunLock implements RunLock {

  static final String NAME = "notion-wix-sync";
  static final Duration LEASE = Duration.ofSeconds(60);

  private final LockProvider provider;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final LockHolder self;

  JdbcRunLock(LockProvider provider, JdbcTemplate jdbc, Clock clock, LockHolder self) {
    this.provider = provider;
    this.jdbc = jdbc;
    this.clock = clock;
    this.self = self;
  }

  @Override
  public <T> Optional<T> runExclusively(Supplier<T> work) {
    Optional<SimpleLock> lock = acquire();
    if (lock.isEmpty() && releaseIfHolderDied()) {
      lock = acquire();
    }
    if (lock.isEmpty()) {
      requireWritableDatabase();
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(work.get());
    } finally {
      lock.get().unlock();
    }
  }

  private Optional<SimpleLock> acquire() {
    return provider.lock(new LockConfiguration(clock.instant(), NAME, LEASE, Duration.ZERO));
  }

  /**
   * ShedLock answers "not acquired" both when another run holds the row and when the database refused the write
   * (SQLite file locked by another program, read-only file or volume). The second must not pass for "another run
   * is active": a harmless write tells them apart, and its failure stops the run before anything reaches Wix.
   */
  private void requireWritableDatabase() {
    try {
      jdbc.update("UPDATE shedlock SET name = name WHERE name = ?", NAME);
    } catch (org.springframework.dao.DataAccessException e) {
      Throwable root = e.getMostSpecificCause();
      throw new SettingsException("the state database cannot be written (" + root.getMessage() + "): it is locked"
          + " by another program or read-only. Nothing was written to Wix. Close the program holding it, or point"
          + " SYNC_DATA_DIR or SYNC_DATABASE_URL at a writable database", e);
    }
  }

  /**
   * Ends the lease of a holder that is a process of this host that no longer runs. The row is expired rather
   * than deleted because ShedLock remembers that the row exists and only updates it afterwards.
   */
  private boolean releaseIfHolderDied() {
    List<String> holders = jdbc.queryForList("SELECT locked_by FROM shedlock WHERE name = ?", String.class, NAME);
    if (holders.isEmpty() || !LockHolder.parse(holders.getFirst()).isDeadOn(self.host())) {
      return false;
    }
    return jdbc.update("UPDATE shedlock SET lock_until = locked_at WHERE name = ? AND locked_by = ?", NAME,
        holders.getFirst()) == 1;
  }
}
