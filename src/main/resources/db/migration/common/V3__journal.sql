-- Each change a run made or planned, with the item as it was (before) and as written (after), as JSON.
-- A run changes an item at most once. seq keeps the order of recording.
CREATE TABLE item_change (
    run_key     VARCHAR(64)  NOT NULL,
    item_id     VARCHAR(64)  NOT NULL,
    seq         BIGINT       NOT NULL,
    page_id     VARCHAR(64),
    title       TEXT,
    action      VARCHAR(16)  NOT NULL,
    reason      VARCHAR(32)  NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    outcome     VARCHAR(16)  NOT NULL,
    error       TEXT,
    recorded_at BIGINT       NOT NULL,
    PRIMARY KEY (run_key, item_id)
);
CREATE INDEX item_change_item ON item_change (item_id, seq);

-- Files re-hosted in Wix Media, by the stable key of their Notion source, so no file is imported twice.
CREATE TABLE media_asset (
    source_key  VARCHAR(512) NOT NULL PRIMARY KEY,
    media_id    VARCHAR(512) NOT NULL,
    url         TEXT         NOT NULL,
    width       INTEGER      NOT NULL,
    height      INTEGER      NOT NULL,
    imported_at BIGINT       NOT NULL
);

-- Small named values: the mapping fingerprint of the last good run, the alert incident state.
CREATE TABLE sync_state (
    name  VARCHAR(64) NOT NULL PRIMARY KEY,
    value TEXT
);
