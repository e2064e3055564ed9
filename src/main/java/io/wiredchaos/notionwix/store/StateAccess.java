package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.config.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Local faults of the state database found before Flyway and ShedLock touch it, so that they end as a
 * configuration error (exit 2) that names the path or the connection and what to fix, instead of an internal
 * error from deep inside a library: a read-only state directory or database file (file mode or read-only
 * volume), and a PostgreSQL server refusing the role, the password or the database. The password is never part
 * of a message: only {@link DatabaseUrl#display()} and the user name are.
 */
final class StateAccess {

  /** SQLite result codes (sqlite.org/rescode.html) that mean the file cannot be opened or written. */
  private static final int SQLITE_PERM = 3;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CANTOPEN = 14;

  private StateAccess() {}

  /**
   * The SQLite file's directory accepts new files (SQLite adds {@code -wal} and {@code -shm} beside it) and the
   * file and its companions, where they exist, are writable. {@code Files.isWritable} asks the kernel
   * ({@code access(2)}), which also says no on a read-only mount, even to root.
   */
  static void requireWritable(Path databaseFile) {
    Path dir = databaseFile.getParent();
    try {
      Files.delete(Files.createTempFile(dir, ".notion-wix-probe", ".tmp"));
    } catch (IOException | SecurityException e) {
      throw new SettingsException("the state directory " + dir + " is read-only or not writable ("
          + reason(e) + "); make it writable for the user running notion-wix (or mount its volume read-write),"
          + " or set SYNC_DATA_DIR to a writable directory", e);
    }
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path file = dir.resolve(databaseFile.getFileName() + suffix);
      if (Files.exists(file) && !Files.isWritable(file)) {
        throw new SettingsException("the state database file " + file + " is read-only; make it writable for the"
            + " user running notion-wix (for example chmod u+w), or set SYNC_DATA_DIR to a writable directory");
      }
    }
  }

  /**
   * Opens one connection. A refusal that settings can fix (PostgreSQL SQLSTATE class 28: role or password; 3D000:
   * no such database; SQLite cannot open or write the file) becomes a {@link SettingsException}; anything else
   * (the server is down, a network fault) is rethrown unchanged.
   */
  static void requireConnection(DataSource pool, DatabaseUrl url) {
    try (Connection ignored = pool.getConnection()) {
      // opened and given back: the pool now holds a connection Flyway will reuse
    } catch (SQLException | RuntimeException e) {
      SettingsException settings = settingsProblem(e, url);
      if (settings != null) {
        throw settings;
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
  }

  static SettingsException settingsProblem(Throwable e, DatabaseUrl url) {
    SQLException sql = sqlCause(e);
    if (sql == null) {
      return null;
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    String who = url.user() == null ? "" : " as user " + url.user();
    if (!url.isSqlite() && state.startsWith("28")) {
      return new SettingsException("the state database " + url.display() + " refused the connection" + who + " ("
          + firstLine(sql) + "); check the user name and password in SYNC_DATABASE_URL (or SYNC_DATABASE_URL_FILE)"
          + " and that the role exists and may log in", e);
    }
    if (!url.isSqlite() && state.equals("3D000")) {
      return new SettingsException("the state database " + url.display() + " does not exist (" + firstLine(sql)
          + "); create it or correct the database name in SYNC_DATABASE_URL", e);
    }
    int code = sql.getErrorCode();
    if (url.isSqlite() && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM)) {
      return new SettingsException("the state database " + url.display() + " cannot be opened for writing ("
          + firstLine(sql) + "); make it and its directory writable, or set SYNC_DATA_DIR to a writable directory",
          e);
    }
    return null;
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName();
  }
}
