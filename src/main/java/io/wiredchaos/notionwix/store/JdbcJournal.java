package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.ImportedMedia;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.Journal;
import io.wiredchaos.notionwix.sync.PlannedChange;
import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journal on SQLite or PostgreSQL. A state database that cannot be written (locked, read-only) is a
 * configuration failure raised before anything is sent to Wix, because {@link #startRun} is the first write of
 * every run.
 */
public class JdbcJournal implements Journal {

  private static final String FINGERPRINT = "mapping_fingerprint";
  private final JdbcTemplate jdbc;
  private final JsonCodec json;
  private final Clock clock;
  private final AtomicLong seq = new AtomicLong();

  JdbcJournal(JdbcTemplate jdbc, JsonCodec json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void startRun(String runId, String kind, String trigger, boolean dryRun, Instant startedAt) {
    try {
      jdbc.update("UPDATE sync_run SET outcome = 'INTERRUPTED', finished_at = ? WHERE outcome = 'RUNNING'",
          clock.millis());
      jdbc.update("INSERT INTO sync_run (run_key, kind, trigger_src, dry_run, outcome, started_at)"
          + " VALUES (?, ?, ?, ?, 'RUNNING', ?)", runId, kind, trigger, dryRun ? 1 : 0, startedAt.toEpochMilli());
      seq.set(clock.millis() * 1000);
    } catch (DataAccessException e) {
      throw new SyncFailure(FailureKind.CONFIG, "the state database cannot be written (" + rootMessage(e)
          + "); nothing was sent to Wix. Check SYNC_DATA_DIR / SYNC_DATABASE_URL permissions and that no other"
          + " program holds the database", e);
    }
  }

  @Override
  public void recordPlanned(String runId, List<PlannedChange> changes) {
    long now = clock.millis();
    List<Object[]> rows = new ArrayList<>();
    for (PlannedChange c : changes) {
      rows.add(new Object[] {runId, c.itemId(), seq.incrementAndGet(), c.pageId(), c.title(), c.action().name(),
          c.reason().name(), json.write(c.before()), json.write(c.after()), "PLANNED", now});
    }
    jdbc.batchUpdate("INSERT INTO item_change (run_key, item_id, seq, page_id, title, action, reason, before_json,"
        + " after_json, outcome, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  @Override
  public void recordOutcomes(String runId, List<ItemResult> results) {
    List<Object[]> rows = new ArrayList<>();
    for (ItemResult r : results) {
      rows.add(new Object[] {r.ok() ? "APPLIED" : "FAILED", r.message(),
          r.written() == null ? null : json.write(r.written()), runId, r.itemId()});
    }
    jdbc.batchUpdate("UPDATE item_change SET outcome = ?, error = ?, after_json = COALESCE(?, after_json)"
        + " WHERE run_key = ? AND item_id = ?", rows);
  }

  @Override
  public void finishRun(RunReport report) {
    jdbc.update("UPDATE sync_run SET outcome = ?, finished_at = ?, report_json = ? WHERE run_key = ?",
        report.outcome().name(), report.finishedAt().toEpochMilli(), json.write(report), report.runId());
  }

  @Override
  public Optional<String> lastMappingFingerprint() {
    return jdbc.queryForList("SELECT value FROM sync_state WHERE name = ?", String.class, FINGERPRINT).stream()
        .findFirst();
  }

  @Override
  public void rememberMappingFingerprint(String fingerprint) {
    StateValues.put(jdbc, FINGERPRINT, fingerprint);
  }

  @Override
  public Map<String, ImportedMedia> knownMedia(Collection<String> sourceKeys) {
    Map<String, ImportedMedia> found = new HashMap<>();
    for (List<String> chunk : Chunks.of(List.copyOf(sourceKeys), 500)) {
      jdbc.query("SELECT source_key, media_id, url, width, height FROM media_asset WHERE source_key IN ("
              + Chunks.placeholders(chunk.size()) + ")",
          rs -> {
            found.put(rs.getString(1), new ImportedMedia(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5)));
          }, chunk.toArray());
    }
    return found;
  }

  @Override
  public void rememberMedia(ImportedMedia media) {
    jdbc.update("DELETE FROM media_asset WHERE source_key = ?", media.sourceKey());
    jdbc.update("INSERT INTO media_asset (source_key, media_id, url, width, height, imported_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)", media.sourceKey(), media.mediaId(), media.url(), media.width(),
        media.height(), clock.millis());
  }

  @Override
  public void forgetMedia(Collection<String> sourceKeys) {
    for (List<String> chunk : Chunks.of(List.copyOf(sourceKeys), 500)) {
      jdbc.update("DELETE FROM media_asset WHERE source_key IN (" + Chunks.placeholders(chunk.size()) + ")",
          chunk.toArray());
    }
  }

  @Override
  public List<RecordedChange> changes(String runId) {
    return jdbc.query("SELECT run_key, item_id, page_id, title, action, reason, before_json, after_json, outcome,"
            + " error FROM item_change WHERE run_key = ? ORDER BY seq",
        (rs, i) -> new RecordedChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            io.wiredchaos.notionwix.sync.ChangeAction.valueOf(rs.getString(5)),
            io.wiredchaos.notionwix.sync.ChangeReason.valueOf(rs.getString(6)), json.readMap(rs.getString(7)),
            json.readMap(rs.getString(8)), rs.getString(9), rs.getString(10)), runId);
  }

  @Override
  public List<String> changedAfter(String runId, Collection<String> itemIds) {
    Long started = jdbc.queryForList("SELECT started_at FROM sync_run WHERE run_key = ?", Long.class, runId)
        .stream().findFirst().orElse(Long.MAX_VALUE);
    List<String> later = new ArrayList<>();
    for (List<String> chunk : Chunks.of(List.copyOf(itemIds), 500)) {
      List<Object> args = new ArrayList<>(chunk);
      args.add(started);
      args.add(runId);
      later.addAll(jdbc.queryForList("SELECT DISTINCT c.item_id FROM item_change c JOIN sync_run r ON r.run_key ="
          + " c.run_key WHERE c.item_id IN (" + Chunks.placeholders(chunk.size()) + ") AND r.started_at > ?"
          + " AND r.run_key <> ? AND c.outcome = 'APPLIED'", String.class, args.toArray()));
    }
    return later;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
