package io.wiredchaos.notionwix.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sync.ChangeAction;
import io.wiredchaos.notionwix.sync.ChangeReason;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.PlannedChange;
import com.zaxxer.hikari.HikariDataSource;
import io.wiredchaos.notionwix.sync.RunLock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * Two application instances: each a Spring context with its own connection pool and the production lock wiring
   * ({@link JournalConfiguration}, database time on PostgreSQL). In every round both try to run at once; the
   * winner holds its run until the other has given up, so overlapping runs could not go unnoticed.
   */
  @Test
  void twoInstancesOnOnePostgresNeverRunConcurrently() throws Exception {
    try (AnnotationConfigApplicationContext first = instance(); AnnotationConfigApplicationContext second = instance()) {
      List<RunLock> locks = List.of(first.getBean(RunLock.class), second.getBean(RunLock.class));
      AtomicInteger inside = new AtomicInteger();
      AtomicInteger mostInside = new AtomicInteger();
      AtomicInteger runs = new AtomicInteger();
      AtomicInteger skips = new AtomicInteger();
      int rounds = 15;
      try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
        for (int round = 0; round < rounds; round++) {
          CyclicBarrier start = new CyclicBarrier(2);
          CountDownLatch loserDone = new CountDownLatch(1);
          List<Future<?>> both = locks.stream().<Future<?>>map(lock -> threads.submit(() -> {
            start.await();
            Optional<Boolean> ran = lock.runExclusively(() -> {
              mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
              try {
                return loserDone.await(3, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              } finally {
                inside.decrementAndGet();
              }
            });
            (ran.isPresent() ? runs : skips).incrementAndGet();
            if (ran.isEmpty()) {
              loserDone.countDown();
            }
            return null;
          })).toList();
          for (Future<?> f : both) {
            f.get(10, TimeUnit.SECONDS);
          }
        }
      }
      assertThat(mostInside.get()).as("runs inside the lock at once").isEqualTo(1);
      assertThat(runs.get()).isEqualTo(rounds);
      assertThat(skips.get()).isEqualTo(rounds);
    }
  }

  private static AnnotationConfigApplicationContext instance() {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setMaximumPoolSize(4);
    context.registerBean(DataSource.class, () -> pool);
    context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(pool));
    context.registerBean(JsonMapper.class, () -> JsonMapper.builder().build());
    context.registerBean(Clock.class, Clock::systemUTC);
    context.register(JournalConfiguration.class);
    context.refresh();
    return context;
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
