package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.sync.RecordedChange;
import io.wiredchaos.notionwix.sync.RunReport;
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

  private final JdbcTemplate jdbc;
  private final JsonCodec json;
  private final JdbcJournal journal;

  RunHistory(JdbcTemplate jdbc, JsonMapper mapper, io.wiredchaos.notionwix.sync.Journal journal) {
    this.jdbc = jdbc;
    this.json = new JsonCodec(mapper);
    this.journal = (JdbcJournal) journal;
  }

  /** Runs newest first. */
  public List<RunRow> page(int page, int size) {
    return jdbc.query("SELECT run_key, kind, trigger_src, dry_run, outcome, started_at, finished_at, report_json"
        + " FROM sync_run ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?", (rs, i) -> new RunRow(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5), rs.getLong(6),
            (Long) rs.getObject(7, Long.class), json.read(rs.getString(8), RunReport.class)), size, page * size);
  }

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM sync_run", Long.class);
  }

  public Optional<RunRow> find(String runId) {
    return jdbc.query("SELECT run_key, kind, trigger_src, dry_run, outcome, started_at, finished_at, report_json"
        + " FROM sync_run WHERE run_key = ?", (rs, i) -> new RunRow(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getInt(4) == 1, rs.getString(5), rs.getLong(6), (Long) rs.getObject(7, Long.class),
            json.read(rs.getString(8), RunReport.class)), runId).stream().findFirst();
  }

  /** The last run that ended SUCCESS (dry runs excluded). */
  public Optional<RunRow> lastSuccess() {
    return jdbc.query("SELECT run_key, kind, trigger_src, dry_run, outcome, started_at, finished_at, report_json"
        + " FROM sync_run WHERE outcome = 'SUCCESS' AND dry_run = 0 ORDER BY started_at DESC LIMIT 1",
        (rs, i) -> new RunRow(rs.getString(1), rs.getString(2), rs.getString(3), false, rs.getString(5),
            rs.getLong(6), (Long) rs.getObject(7, Long.class), json.read(rs.getString(8), RunReport.class)))
        .stream().findFirst();
  }

  public List<RecordedChange> changes(String runId) {
    return journal.changes(runId);
  }
}
