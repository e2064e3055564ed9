package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A remote's reachability, asked at most once per {@link #TTL} so health probes don't burn the rate budget.
 * Error messages come from the adapters, which never put secrets in them.
 */
final class RemoteProbe<T> {

  static final Duration TTL = Duration.ofSeconds(60);

  /** A probe's answer: the value, or the error's kind and message. */
  record Result<T>(T value, String kind, String message, Instant at) {
    boolean reachable() {
      return kind == null;
    }
  }

  private final Supplier<T> call;
  private final Clock clock;
  private volatile Result<T> last;

  RemoteProbe(Supplier<T> call, Clock clock) {
    this.call = call;
    this.clock = clock;
  }

  /** Forgets the cached answer; the next {@link #get()} asks again. */
  void invalidate() {
    last = null;
  }

  Result<T> get() {
    Result<T> cached = last;
    Instant now = clock.instant();
    if (cached != null && cached.at().plus(TTL).isAfter(now)) {
      return cached;
    }
    Result<T> fresh = ask(now);
    last = fresh;
    return fresh;
  }

  private Result<T> ask(Instant now) {
    try {
      return new Result<>(call.get(), null, null, now);
    } catch (SyncFailure e) {
      return new Result<>(null, e.kind().name(), e.getMessage(), now);
    } catch (RemoteApiException e) {
      // a 401/403 is CONFIG (fix the token or sharing), not TRANSIENT; the message is redacted by the remote layer
      return new Result<>(null, e.kind().name(), e.getMessage(), now);
    } catch (RuntimeException e) {
      return new Result<>(null, FailureKind.TRANSIENT.name(), e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
    }
  }
}
