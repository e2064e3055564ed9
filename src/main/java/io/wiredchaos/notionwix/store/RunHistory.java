package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.sync.Journal;
import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RunReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Read side of the journal: run history for the CLI ({@code runs}) and the HTTP routes. */
@Component
public class RunHistory {

  /** A run as listed: its report, or only its row when it has not finished (RUNNING or INTERRUPTED). */
  public record RunRow(String runId, String kind, String trigger, boolean dryRun, String outcome, long startedAt,
      Long finishedAt, RunReport report) {}

  private static final String SELECT = "SELECT run_key, kind, trigger_src, dry_run, outcome, started_at,"
      + " finished_at, report_json FROM sync_run";
  private final JdbcTemplate jdbc;
  private final JsonCodec json;
  private final Journal journal;

  RunHistory(JdbcTemplate jdbc, JsonMapper mapper, Journal journal) {
    this.jdbc = jdbc;
    this.json = new JsonCodec(mapper);
    this.journal = journal;
  }

  /** Runs newest first. */
  public List<RunRow> page(int page, int size) {
    return jdbc.query(SELECT + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?", (rs, i) -> row(rs), size,
        page * size);
  }

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM sync_run", Long.class);
  }

  public Optional<RunRow> find(String runId) {
    return jdbc.query(SELECT + " WHERE run_key = ?", (rs, i) -> row(rs), runId).stream().findFirst();
  }

  /** The last run that ended SUCCESS (dry runs excluded). */
  public Optional<RunRow> lastSuccess() {
    return jdbc.query(SELECT + " WHERE outcome = 'SUCCESS' AND dry_run = 0 ORDER BY started_at DESC LIMIT 1",
        (rs, i) -> row(rs)).stream().findFirst();
  }

  /**
   * "Last sync", the one definition every route, health check, alert and dashboard panel uses: when the newest
   * successful real sync finished (its start for a row written before finish times were recorded).
   */
  public Optional<Instant> lastSyncAt() {
    return lastSuccess().map(r -> Instant.ofEpochMilli(r.finishedAt() == null ? r.startedAt() : r.finishedAt()));
  }

  public List<RecordedChange> changes(String runId) {
    return journal.changes(runId);
  }

  private RunRow row(ResultSet rs) throws SQLException {
    long finished = rs.getLong(7);
    Long finishedAt = rs.wasNull() ? null : finished;
    return new RunRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5),
        rs.getLong(6), finishedAt, json.read(rs.getString(8), RunReport.class));
  }
}
