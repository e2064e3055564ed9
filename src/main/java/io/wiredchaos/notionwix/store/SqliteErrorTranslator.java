package io.wiredchaos.notionwix.store;

import java.sql.SQLException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Spring has no SQLite error codes, so a lock row that already exists surfaces as an uncategorised exception and
 * ShedLock throws instead of answering "not acquired" (stack.md pitfall 1). This maps SQLite's constraint error
 * (19) to {@link DuplicateKeyException} and BUSY/LOCKED (5, 6) to {@link CannotAcquireLockException}.
 */
final class SqliteErrorTranslator implements SQLExceptionTranslator {

  private final SQLExceptionTranslator fallback;

  SqliteErrorTranslator(SQLExceptionTranslator fallback) {
    this.fallback = fallback;
  }

  @Override
  public DataAccessException translate(String task, String sql, SQLException ex) {
    if (ex instanceof org.sqlite.SQLiteException sqlite) {
      int primary = sqlite.getErrorCode() & 0xff;
      if (primary == 19) {
        return new DuplicateKeyException(task + ": " + ex.getMessage(), ex);
      }
      if (primary == 5 || primary == 6) {
        return new CannotAcquireLockException(task + ": " + ex.getMessage(), ex);
      }
    }
    return fallback.translate(task, sql, ex);
  }
}
