package io.wiredchaos.notionwix.remote;

import java.time.Duration;
import java.util.Optional;

/**
 * Every failure of a remote call, typed (DESIGN.md §3). Each carries the api, the HTTP status (0 when no response
 * arrived), the vendor code ({@code rate_limited}, {@code WDE0014}; may be null), the vendor request id (may be
 * null), a {@link FailureKind} and an optional server-requested wait. Messages pass through {@link Redaction}, so
 * they never carry a token.
 *
 * <p>{@link #retryable()} says whether waiting and sending the same request again can succeed; {@link RetryPolicy}
 * combines it with the request's idempotence.
 */
public abstract sealed class RemoteApiException extends RuntimeException {

  private final Api api;
  private final int status;
  private final String code;
  private final String requestId;
  private final FailureKind kind;
  private final Duration retryAfter;

  RemoteApiException(ErrorDetail detail, FailureKind kind, String message, Throwable cause) {
    super(Redaction.redact(message), cause);
    this.api = detail.api();
    this.status = detail.status();
    this.code = detail.code();
    this.requestId = detail.requestId();
    this.kind = kind;
    this.retryAfter = detail.retryAfter();
  }

  public Api api() {
    return api;
  }

  /** HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /** Vendor error code ({@code object_not_found}, {@code WDE0073}), or null. */
  public String code() {
    return code;
  }

  /** Vendor request id ({@code x-notion-request-id}, {@code X-Wix-Request-Id}) for support tickets, or null. */
  public String requestId() {
    return requestId;
  }

  public FailureKind kind() {
    return kind;
  }

  /** Wait the server asked for (Retry-After header or body), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whether the same request may succeed later (before considering idempotence). */
  public boolean retryable() {
    return false;
  }

  /** 429: over the request budget. Retry after the server's wait, or with backoff when none is given. */
  public static final class RateLimited extends RemoteApiException {
    public RateLimited(ErrorDetail detail, String message) {
      super(detail, FailureKind.TRANSIENT, message, null);
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** 500/502/503/504/529: the service failed or is overloaded; retryable for idempotent requests (529 always). */
  public static final class ServiceUnavailable extends RemoteApiException {
    public ServiceUnavailable(ErrorDetail detail, String message) {
      super(detail, FailureKind.TRANSIENT, message, null);
    }

    @Override
    public boolean retryable() {
      return true;
    }

    /** 529 (Notion service_overload) is retried like 429 even for writes (notion.md §2.1). */
    public boolean overloaded() {
      return status() == 529;
    }
  }

  /** 401/403: the token or key is rejected or lacks a permission. */
  public static final class Unauthorized extends RemoteApiException {
    public Unauthorized(ErrorDetail detail, String message) {
      super(detail, FailureKind.CONFIG, message, null);
    }
  }

  /** The configured resource exists for nobody we can see: not shared with the integration, or a wrong id. */
  public static final class NotShared extends RemoteApiException {
    public NotShared(ErrorDetail detail, String message) {
      super(detail, FailureKind.CONFIG, message, null);
    }
  }

  /** The service refuses to serve this client at all (Notion {@code public_api_request_blocked}); never retried. */
  public static final class AccessBlocked extends RemoteApiException {
    public AccessBlocked(ErrorDetail detail, String message) {
      super(detail, FailureKind.CONFIG, message, null);
    }
  }

  /** 400: the request was refused; DATA when one item's content is at fault, CONFIG when the settings are. */
  public static final class InvalidRequest extends RemoteApiException {
    public InvalidRequest(ErrorDetail detail, FailureKind kind, String message) {
      super(detail, kind, message, null);
    }
  }

  /** 404 on an object other than the configured ones (an item, a block, a file). */
  public static final class NotFound extends RemoteApiException {
    public NotFound(ErrorDetail detail, FailureKind kind, String message) {
      super(detail, kind, message, null);
    }
  }

  /** 409: a conflicting write; retryable only when the vendor says so (Notion conflict_error on reads). */
  public static final class Conflict extends RemoteApiException {
    private final boolean retryable;

    public Conflict(ErrorDetail detail, FailureKind kind, boolean retryable, String message) {
      super(detail, kind, message, null);
      this.retryable = retryable;
    }

    @Override
    public boolean retryable() {
      return retryable;
    }
  }

  /** 413 or an item over the size limit: make the batch or the item smaller. */
  public static final class PayloadTooLarge extends RemoteApiException {
    public PayloadTooLarge(ErrorDetail detail, String message) {
      super(detail, FailureKind.DATA, message, null);
    }
  }

  /**
   * No usable response: connect/reset/timeout, or a truncated or malformed body. {@code requestSent} is false when
   * the request certainly never left (connection refused), which makes even a write safe to repeat.
   */
  public static final class NetworkFailure extends RemoteApiException {
    private final boolean requestSent;

    public NetworkFailure(Api api, int status, boolean requestSent, String message, Throwable cause) {
      super(new ErrorDetail(api, status, null, null, null), FailureKind.TRANSIENT, message, cause);
      this.requestSent = requestSent;
    }

    @Override
    public boolean retryable() {
      return true;
    }

    public boolean requestSent() {
      return requestSent;
    }
  }

  /** The next wait would pass the run's deadline; the cause is the last failure seen. */
  public static final class DeadlineExceeded extends RemoteApiException {
    public DeadlineExceeded(Api api, String message, RemoteApiException last) {
      super(last == null ? new ErrorDetail(api, 0, null, null, null) : ErrorDetail.of(last),
          FailureKind.TRANSIENT, message, last);
    }
  }

  /** A remote operation ended in a state we cannot accept (a media import FAILED, an unexpected status). */
  public static final class Rejected extends RemoteApiException {
    public Rejected(ErrorDetail detail, FailureKind kind, String message) {
      super(detail, kind, message, null);
    }
  }

  /** The waiting thread was interrupted (shutdown, cancelled run). */
  public static final class Interrupted extends RemoteApiException {
    public Interrupted(InterruptedException cause) {
      super(new ErrorDetail(null, 0, null, null, null), FailureKind.TRANSIENT, "interrupted while waiting", cause);
    }
  }
}
