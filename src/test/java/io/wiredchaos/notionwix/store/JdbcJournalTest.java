package io.wiredchaos.notionwix.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.sync.ChangeAction;
import io.wiredchaos.notionwix.sync.ChangeReason;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.ImportedMedia;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.PlannedChange;
import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RequestStats;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcJournalTest {

  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  @TempDir Path dir;
  StoreFixture store;
  JdbcJournal journal;

  @BeforeEach
  void setUp() {
    store = new StoreFixture(dir, Clock.fixed(T0, ZoneOffset.UTC));
    journal = store.journal();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aRunLeftRunningByADeadProcessIsMarkedInterruptedByTheNextRun() {
    journal.startRun("r-1", "sync", "cli", false, T0);
    journal.startRun("r-2", "sync", "cli", false, T0.plusSeconds(60));
    assertThat(store.jdbc.queryForObject("SELECT outcome FROM sync_run WHERE run_key = 'r-1'", String.class))
        .isEqualTo("INTERRUPTED");
    assertThat(store.jdbc.queryForObject("SELECT outcome FROM sync_run WHERE run_key = 'r-2'", String.class))
        .isEqualTo("RUNNING");
  }

  @Test
  void plannedChangesKeepTheirBeforeImageAndTakeTheWrittenDataAsAfter() {
    journal.startRun("r-1", "sync", "cli", false, T0);
    journal.recordPlanned("r-1", List.of(
        change("p-1", ChangeAction.UPDATE, Map.of("title", "Old"), Map.of("title", "New")),
        change("p-2", ChangeAction.CREATE, null, Map.of("title", "Fresh"))));
    assertThat(journal.changes("r-1")).extracting(RecordedChange::outcome).containsOnly("PLANNED");

    journal.recordOutcomes("r-1", List.of(ItemResult.stored("p-1", Map.of("title", "New", "cover", "wix:image")),
        ItemResult.failed("p-2", FailureKind.DATA, "WDE0080")));
    List<RecordedChange> changes = journal.changes("r-1");
    assertThat(changes.get(0).before()).containsEntry("title", "Old");
    assertThat(changes.get(0).after()).containsEntry("cover", "wix:image");
    assertThat(changes.get(0).outcome()).isEqualTo("APPLIED");
    assertThat(changes.get(1).outcome()).isEqualTo("FAILED");
    assertThat(changes.get(1).error()).isEqualTo("WDE0080");
  }

  @Test
  void laterRunsThatChangedAnItemAreFound() {
    journal.startRun("r-1", "sync", "cli", false, T0);
    journal.recordPlanned("r-1", List.of(change("p-1", ChangeAction.CREATE, null, Map.of("title", "A"))));
    journal.recordOutcomes("r-1", List.of(ItemResult.stored("p-1", null)));
    journal.startRun("r-2", "sync", "cli", false, T0.plusSeconds(600));
    journal.recordPlanned("r-2", List.of(change("p-1", ChangeAction.UPDATE, Map.of("title", "A"),
        Map.of("title", "B"))));
    journal.recordOutcomes("r-2", List.of(ItemResult.stored("p-1", null)));
    assertThat(journal.changedAfter("r-1", List.of("p-1", "p-9"))).containsExactly("p-1");
    assertThat(journal.changedAfter("r-2", List.of("p-1"))).isEmpty();
  }

  @Test
  void reportsMediaAndFingerprintsRoundTrip() {
    journal.startRun("r-1", "sync", "cli", false, T0);
    RunReport report = new RunReport("r-1", "sync", "cli", false, T0, T0.plusSeconds(5), RunOutcome.SUCCESS,
        new RunCounts(1, 2, 3, 4, 0), 1, new RequestStats(10, 2, 0, 0), null, null, List.of(), List.of(), null);
    journal.finishRun(report);
    assertThat(store.jdbc.queryForObject("SELECT report_json FROM sync_run WHERE run_key='r-1'", String.class))
        .contains("\"created\":1").contains("\"outcome\":\"SUCCESS\"");
    journal.rememberMedia(new ImportedMedia("s3/a.png", "wix:image://v1/a", "https://static/a", 4, 3));
    journal.rememberMedia(new ImportedMedia("s3/a.png", "wix:image://v1/a2", "https://static/a2", 4, 3));
    assertThat(journal.knownMedia(List.of("s3/a.png", "s3/b.png"))).containsOnlyKeys("s3/a.png")
        .extractingByKey("s3/a.png").extracting(ImportedMedia::mediaId).isEqualTo("wix:image://v1/a2");
    assertThat(journal.lastMappingFingerprint()).isEmpty();
    journal.rememberMappingFingerprint("f1");
    journal.rememberMappingFingerprint("f2");
    assertThat(journal.lastMappingFingerprint()).contains("f2");
  }

  @Test
  void aLockedStateDatabaseIsAConfigurationFailureBeforeAnyWrite() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve(DatabaseUrl.SQLITE_FILE) + "?journal_mode=WAL&busy_timeout=50";
    try (StoreFixture impatient = new StoreFixture(url, Clock.fixed(T0, ZoneOffset.UTC));
        var other = java.sql.DriverManager.getConnection(url);
        var statement = other.createStatement()) {
      statement.execute("BEGIN EXCLUSIVE");
      assertThatThrownBy(() -> impatient.journal().startRun("r-9", "sync", "cli", false, T0))
          .isInstanceOf(SyncFailure.class)
          .satisfies(e -> assertThat(((SyncFailure) e).kind()).isEqualTo(FailureKind.CONFIG))
          .hasMessageContaining("state database cannot be written").hasMessageContaining("nothing was sent");
      statement.execute("ROLLBACK");
    }
  }

  private static PlannedChange change(String id, ChangeAction action, Map<String, Object> before,
      Map<String, Object> after) {
    return new PlannedChange(id, id, "Title " + id, null, action, ChangeReason.EDITED, before, after, List.of());
  }
}
