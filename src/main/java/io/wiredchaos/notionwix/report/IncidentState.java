package io.wiredchaos.notionwix.report;

import java.util.Optional;

/**
 * Where the alert reporter keeps the open incident between runs, as one JSON value (in the state database's
 * {@code sync_state}, so instances sharing PostgreSQL share it too). An empty value means no incident.
 */
public interface IncidentState {

  /** The state name in {@code sync_state}. */
  String NAME = "alert.incident";

  Optional<String> load();

  void save(String value);
}
