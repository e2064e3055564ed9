/**
 * State at rest: the JDBC journal (runs, item links, changes with before-images, media map) on SQLite by
 * default or PostgreSQL, the data source built from {@code SYNC_DATA_DIR}/{@code SYNC_DATABASE_URL}, Flyway
 * migrations and the run lock.
 */
package io.wiredchaos.notionwix.store;
