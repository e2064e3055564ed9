package io.wiredchaos.notionwix.sync;

/**
 * A failure crossing a port, classified. Adapters translate their own exceptions into this so that the engine
 * decides outcomes without knowing HTTP. Messages never contain secrets.
 */
public class SyncFailure extends RuntimeException {

  private final FailureKind kind;

  public SyncFailure(FailureKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public SyncFailure(FailureKind kind, String message) {
    this(kind, message, null);
  }

  public FailureKind kind() {
    return kind;
  }
}
