package io.wiredchaos.notionwix.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollbackServiceTest {

  static final Instant EDITED = Instant.parse("2026-11-20T10:00:00Z");
  SyncServiceTest.MutableClock clock = new SyncServiceTest.MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
  FakeSource source = new FakeSource();
  FakeTarget target = new FakeTarget(clock);
  MemoryJournal journal = new MemoryJournal();
  SyncService sync;
  RollbackService rollback;

  @BeforeEach
  void setUp() {
    RunLock lock = new RunLock() {
      @Override
      public <T> Optional<T> runExclusively(Supplier<T> work) {
        return Optional.of(work.get());
      }
    };
    AtomicInteger ids = new AtomicInteger();
    Supplier<String> runIds = () -> "r-" + ids.incrementAndGet();
    sync = new SyncService(source, target, journal, lock, clock,
        new EngineSettings(Duration.ofMinutes(30), 1.0, 10, 2), () -> RequestStats.NONE, runIds);
    rollback = new RollbackService(target, journal, lock, clock, runIds);
    for (int i = 1; i <= 4; i++) {
      source.put("page-" + i, "Article " + i, "body " + i, EDITED);
    }
  }

  RunReport sync() {
    clock.advance(Duration.ofMinutes(5));
    return sync.run(new RunOptions("cli", false, false, Set.of(), true, false), RunListener.NONE);
  }

  @Test
  void rollingBackAnUpdateAndADeleteRestoresTheEarlierItems() {
    sync();
    Map<String, Map<String, Object>> original = Map.of("page-1", Map.copyOf(target.items.get("page-1")),
        "page-2", Map.copyOf(target.items.get("page-2")));
    source.put("page-1", "Article 1, rewritten", "new body", EDITED.plusSeconds(3600));
    source.unpublish("page-2");
    RunReport second = sync();
    assertThat(second.counts().updated()).isEqualTo(1);
    assertThat(second.counts().deleted()).isEqualTo(1);

    RunReport undo = rollback.rollback(second.runId(), false, false, RunListener.NONE);
    assertThat(undo.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(undo.kind()).isEqualTo("rollback");
    assertThat(target.items.get("page-1")).isEqualTo(original.get("page-1"));
    assertThat(target.items.get("page-2")).isEqualTo(original.get("page-2"));
  }

  @Test
  void rollingBackTheFirstRunRemovesWhatItCreated() {
    target.handMade("hand-1", "Kept");
    RunReport first = sync();
    RunReport undo = rollback.rollback(first.runId(), false, false, RunListener.NONE);
    assertThat(undo.counts().deleted()).isEqualTo(4);
    assertThat(target.items).containsOnlyKeys("hand-1");
  }

  @Test
  void aRollbackCanItselfBeRolledBack() {
    RunReport first = sync();
    RunReport undo = rollback.rollback(first.runId(), false, false, RunListener.NONE);
    assertThat(target.items).isEmpty();
    rollback.rollback(undo.runId(), false, false, RunListener.NONE);
    assertThat(target.items).containsOnlyKeys("page-1", "page-2", "page-3", "page-4");
  }

  @Test
  void laterChangesToTheSameItemsBlockARollbackUnlessForced() {
    RunReport first = sync();
    source.put("page-3", "Article 3, later", "later", EDITED.plusSeconds(7200));
    sync();
    RunReport refused = rollback.rollback(first.runId(), false, false, RunListener.NONE);
    assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(refused.failureKind()).isEqualTo(FailureKind.CONFIG);
    assertThat(refused.errorSummary()).contains("page-3").contains("--force");
    assertThat(target.items).hasSize(4);

    RunReport forced = rollback.rollback(first.runId(), false, true, RunListener.NONE);
    assertThat(forced.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(target.items).isEmpty();
  }

  @Test
  void aDryRunShowsTheUndoPlanAndWritesNothing() {
    RunReport first = sync();
    int saves = target.saveRequests;
    RunReport plan = rollback.rollback(first.runId(), true, false, RunListener.NONE);
    assertThat(plan.plan()).hasSize(4).allMatch(c -> c.action() == ChangeAction.DELETE);
    assertThat(target.items).hasSize(4);
    assertThat(target.saveRequests).isEqualTo(saves);
    assertThat(target.removeRequests).isZero();
  }

  @Test
  void anUnknownRunIsAClearConfigurationError() {
    RunReport report = rollback.rollback("r-404", false, false, RunListener.NONE);
    assertThat(report.failureKind()).isEqualTo(FailureKind.CONFIG);
    assertThat(report.errorSummary()).contains("r-404").contains("no applied changes");
  }
}
