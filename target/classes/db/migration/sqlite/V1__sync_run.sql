-- One row per run (sync or rollback). Times are epoch milliseconds so both vendors compare them alike.
CREATE TABLE sync_run (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_key     VARCHAR(64)  NOT NULL UNIQUE,
    kind        VARCHAR(16)  NOT NULL,
    trigger_src VARCHAR(32)  NOT NULL,
    dry_run     SMALLINT     NOT NULL DEFAULT 0,
    outcome     VARCHAR(16)  NOT NULL,
    started_at  BIGINT       NOT NULL,
    finished_at BIGINT,
    report_json TEXT
);
