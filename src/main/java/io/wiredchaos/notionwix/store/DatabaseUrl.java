package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.config.SettingsException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The JDBC coordinates of the state database. {@code SYNC_DATABASE_URL} may be a JDBC URL or the libpq form
 * hosting providers hand out ({@code postgresql://user:password@host:5432/db}); credentials in the latter are
 * moved out of the URL so that the URL can be shown.
 *
 * @param jdbcUrl the URL without credentials
 * @param user user name, or null
 * @param password password, or null; secret
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

  static final String SQLITE_FILE = "notion-wix.db";

  /** The embedded default: a SQLite file in the state directory, WAL mode, waiting on a busy lock. */
  public static DatabaseUrl sqlite(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve(SQLITE_FILE);
    return new DatabaseUrl(
        "jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true", null, null);
  }

  /** Parses {@code SYNC_DATABASE_URL}; an unsupported scheme is a configuration error naming the variable. */
  public static DatabaseUrl parse(String url) {
    String trimmed = url.strip();
    if (trimmed.startsWith("jdbc:postgresql:") || trimmed.startsWith("jdbc:sqlite:")) {
      return new DatabaseUrl(trimmed, null, null);
    }
    if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      return fromLibpq(URI.create(trimmed));
    }
    throw new SettingsException(
        "SYNC_DATABASE_URL must start with jdbc:postgresql:, postgresql:// or jdbc:sqlite: (got scheme "
            + trimmed.split(":", 2)[0] + ")");
  }

  private static DatabaseUrl fromLibpq(URI uri) {
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseUrl(
        "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  public boolean isSqlite() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The SQLite database file, or null for PostgreSQL or an in-memory SQLite database. */
  public Path sqliteFile() {
    if (!isSqlite()) {
      return null;
    }
    String path = display().substring("jdbc:sqlite:".length()).replaceFirst("^file:", "");
    return path.isEmpty() || path.startsWith(":memory:") ? null : Path.of(path).toAbsolutePath().normalize();
  }

  /** The URL with no credentials and no query, safe to print. */
  public String display() {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }
}
