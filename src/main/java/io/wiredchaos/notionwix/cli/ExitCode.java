package io.wiredchaos.notionwix.cli;

/** Process exit codes; operators' scripts and workflows depend on these numbers (README, "Exit codes"). */
public final class ExitCode {
  /** Everything applied. */
  public static final int OK = 0;
  /** Internal error: a bug; the message says where to report it. */
  public static final int INTERNAL = 1;
  /** Configuration or usage error; nothing was written. */
  public static final int CONFIG = 2;
  /** Another run holds the lock. */
  public static final int LOCKED = 3;
  /** Partial: some items failed, the rest applied. */
  public static final int PARTIAL = 4;
  /** A remote service stayed unavailable after retries. */
  public static final int UNAVAILABLE = 5;

  private ExitCode() {}

  /** The exit code of a finished run: its outcome, and for failed runs the kind of failure. */
  public static int of(io.wiredchaos.notionwix.sync.RunReport report) {
    return switch (report.outcome()) {
      case SUCCESS -> OK;
      case PARTIAL -> PARTIAL;
      case SKIPPED_LOCKED -> LOCKED;
      case RUNNING, INTERRUPTED -> INTERNAL;
      case FAILED -> report.failureKind() == null ? INTERNAL : switch (report.failureKind()) {
        case CONFIG -> CONFIG;
        case TRANSIENT -> UNAVAILABLE;
        case DATA -> PARTIAL;
        case BUG -> INTERNAL;
      };
    };
  }
}
