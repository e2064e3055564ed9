package io.wiredchaos.notionwix.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Named values in {@code sync_state}; portable upsert (delete + insert) for SQLite and PostgreSQL. */
public final class StateValues {

  private final JdbcTemplate jdbc;

  public StateValues(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> get(String name) {
    return jdbc.queryForList("SELECT value FROM sync_state WHERE name = ?", String.class, name).stream()
        .findFirst();
  }

  public void set(String name, String value) {
    put(jdbc, name, value);
  }

  static void put(JdbcTemplate jdbc, String name, String value) {
    jdbc.update("DELETE FROM sync_state WHERE name = ?", name);
    jdbc.update("INSERT INTO sync_state (name, value) VALUES (?, ?)", name, value);
  }
}
