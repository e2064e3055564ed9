package io.wiredchaos.notionwix.store;

import io.wiredchaos.notionwix.config.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Checks that state can be kept: the directory is writable, the database opens and its schema is current. */
@Component
public class StateCheck {

  /** One check's outcome, in words an operator can act on. */
  public record Result(boolean ok, String message) {}

  private final StoreSettings settings;
  private final DatabaseUrl url;
  private final ObjectProvider<DataSource> dataSource;
  private final ObjectProvider<Flyway> flyway;

  StateCheck(StoreSettings settings, DatabaseUrl url, ObjectProvider<DataSource> dataSource,
      ObjectProvider<Flyway> flyway) {
    this.settings = settings;
    this.url = url;
    this.dataSource = dataSource;
    this.flyway = flyway;
  }

  public String databaseDisplay() {
    return url.display();
  }

  public List<Result> run() {
    List<Result> results = new ArrayList<>();
    Result dir = checkDirectory();
    results.add(dir);
    if (dir.ok() || !url.isSqlite()) {
      results.add(checkDatabase());
    }
    return results;
  }

  private Result checkDirectory() {
    Path dir = settings.dataDir().toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".doctor", ".tmp");
      Files.delete(probe);
      return new Result(true, "state directory " + dir + " is writable");
    } catch (IOException | SecurityException e) {
      return new Result(false, "state directory " + dir + " is not writable (" + e.getClass().getSimpleName()
          + "); set SYNC_DATA_DIR to a writable directory");
    }
  }

  private Result checkDatabase() {
    try (Connection connection = dataSource.getObject().getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      var info = flyway.getObject().info();
      int pending = info.pending().length;
      if (pending > 0) {
        flyway.getObject().migrate();
      }
      String version = flyway.getObject().info().current() == null
          ? "empty" : flyway.getObject().info().current().getVersion().toString();
      return new Result(true, "state database " + url.display() + " (" + product + ") at schema version " + version);
    } catch (SQLException | RuntimeException e) {
      String settings = settingsMessage(e);
      return new Result(false, settings != null ? settings
          : "state database " + url.display() + " cannot be used: " + rootMessage(e));
    }
  }

  /** The message of a {@link SettingsException} in the chain ({@link StateAccess} says what to fix), or null. */
  private static String settingsMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof io.wiredchaos.notionwix.config.SettingsException settings) {
        return settings.getMessage();
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
