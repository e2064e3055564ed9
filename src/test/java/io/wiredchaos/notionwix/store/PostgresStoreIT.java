package io.wiredchaos.notionwix.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sync.ChangeAction;
import io.wiredchaos.notionwix.sync.ChangeReason;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.PlannedChange;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same migrations, journal and run lock on PostgreSQL (shared deployments). An embedded server keeps the test
 * self-contained: it runs on every machine instead of being skipped where no server is installed.
 */
class PostgresStoreIT {

  static EmbeddedPostgres postgres;
  static StoreFixture store;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    store = new StoreFixture(postgres.getJdbcUrl("postgres", "postgres"), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    postgres.close();
  }

  @Test
  void journalKeepsChangesAndMarksAbandonedRunsOnPostgres() {
    JdbcJournal journal = store.journal();
    Instant t0 = Instant.parse("2026-11-25T08:00:00Z");
    journal.startRun("pg-1", "sync", "cli", false, t0);
    journal.recordPlanned("pg-1", List.of(new PlannedChange("p-1", "p-1", "Title", null, ChangeAction.UPDATE,
        ChangeReason.EDITED, Map.of("title", "Old"), Map.of("title", "New"), List.of())));
    journal.recordOutcomes("pg-1", List.of(ItemResult.stored("p-1", Map.of("title", "New"))));
    journal.startRun("pg-2", "sync", "cli", false, t0.plusSeconds(60));
    assertThat(journal.changes("pg-1")).singleElement()
        .satisfies(c -> assertThat(c.before()).containsEntry("title", "Old"));
    assertThat(store.jdbc.queryForObject("SELECT outcome FROM sync_run WHERE run_key = 'pg-1'", String.class))
        .isEqualTo("INTERRUPTED");
  }

  @Test
  void onlyOneHolderRunsAtATimeAcrossHosts() {
    JdbcRunLock machineA = store.lock(new LockHolder("host-a", 101));
    JdbcRunLock machineB = store.lock(new LockHolder("host-b", 202));
    Optional<Optional<String>> nested = machineA.runExclusively(() -> machineB.runExclusively(() -> "both"));
    assertThat(nested).contains(Optional.empty());
    assertThat(machineB.runExclusively(() -> "b after a")).contains("b after a");
  }
}
