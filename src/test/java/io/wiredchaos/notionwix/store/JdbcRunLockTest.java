package io.wiredchaos.notionwix.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcRunLockTest {

  @TempDir Path dir;
  StoreFixture store;
  LockHolder self = LockHolder.current();

  @BeforeEach
  void setUp() {
    store = new StoreFixture(dir, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aSecondRunWhileTheFirstHoldsTheLockIsRefused() {
    JdbcRunLock first = store.lock(self);
    JdbcRunLock second = store.lock(self);
    Optional<Optional<String>> inner = first.runExclusively(() -> second.runExclusively(() -> "second ran"));
    assertThat(inner).contains(Optional.empty());
  }

  @Test
  void theLockIsFreeAgainAfterARunEvenWhenTheRowStays() {
    JdbcRunLock lock = store.lock(self);
    assertThat(lock.runExclusively(() -> "one")).contains("one");
    assertThat(store.lock(self).runExclusively(() -> "two")).contains("two");
  }

  @Test
  void aLockLeftByADeadProcessOnThisHostIsTakenOver() {
    LockHolder dead = new LockHolder(self.host(), deadPid());
    store.jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
        JdbcRunLock.NAME, System.currentTimeMillis() + 3_600_000, System.currentTimeMillis(), dead.toString());
    assertThat(store.lock(self).runExclusively(() -> "resumed")).contains("resumed");
  }

  @Test
  void aLockHeldByAnotherHostIsRespected() {
    store.jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
        JdbcRunLock.NAME, System.currentTimeMillis() + 3_600_000, System.currentTimeMillis(), "other-host:1");
    assertThat(store.lock(self).runExclusively(() -> "ran")).isEmpty();
  }

  private static long deadPid() {
    long pid = 4_000_000;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }
}
