package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.Secrets;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.RetryAfter;
import io.wiredchaos.notionwix.remote.RetryPolicy;
import io.wiredchaos.notionwix.remote.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one JSON body to a webhook: retried through {@link RemoteCall} (429, 5xx and I/O failures, with the shared
 * {@link RetryPolicy} backoff and Retry-After), and never longer than the given bound, retries and waits included.
 * It never throws: a delivery that fails is logged with the endpoint's scheme and host only (the path or query of
 * a webhook URL may be its credential) and reported as {@code false}.
 *
 * <p>Every post is treated as idempotent, so 5xx answers are retried too: receivers de-duplicate on the run id
 * ({@code X-Run-Id}).
 */
final class WebhookDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

  private final HttpClient http;
  private final RetryPolicy policy;
  private final RateBudget budget;
  private final Clock clock;
  private final Sleeper sleeper;

  WebhookDelivery(HttpClient http, RetryPolicy policy, RateBudget budget, Clock clock, Sleeper sleeper) {
    this.http = http;
    this.policy = policy;
    this.budget = budget;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Sends {@code body} with {@code headers} until the endpoint answers 2xx, refuses for good, or {@code bound} is
   * spent. {@code what} names the delivery in the log ("SWARM report of run X").
   */
  boolean post(String what, String url, byte[] body, Map<String, String> headers, Duration bound) {
    String origin = Secrets.origin(url);
    if (origin == null) {
      LOG.warn("{} not sent: the webhook URL is not an absolute http(s) URL", what);
      return false;
    }
    Instant deadline = clock.instant().plus(bound);
    RemoteCall call = new RemoteCall(Api.WEBHOOK, budget, policy, clock, sleeper);
    call.deadline(deadline);
    try {
      int status = call.execute("post " + what, true, () -> attempt(what, URI.create(url.strip()), body, headers,
          deadline));
      LOG.info("{} delivered to {} ({})", what, origin, status);
      return true;
    } catch (RemoteApiException e) {
      LOG.warn("{} not delivered to {}: {}", what, origin, e.getMessage());
      return false;
    } catch (RuntimeException e) {
      LOG.warn("{} not delivered to {}: {}", what, origin, e.getClass().getSimpleName());
      return false;
    }
  }

  private int attempt(String what, URI uri, byte[] body, Map<String, String> headers, Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new RemoteApiException.DeadlineExceeded(Api.WEBHOOK, what + ": out of time", null);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(left)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpResponse<Void> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw HttpTransport.networkFailure(Api.WEBHOOK, what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteApiException.Interrupted(e);
    }
    return answered(what, response);
  }

  private int answered(String what, HttpResponse<Void> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return status;
    }
    Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
        clock.instant());
    ErrorDetail detail = new ErrorDetail(Api.WEBHOOK, status, null, null, retryAfter);
    String message = what + ": the endpoint answered " + status;
    if (status == 429) {
      throw new RemoteApiException.RateLimited(detail, message);
    }
    if (status >= 500) {
      throw new RemoteApiException.ServiceUnavailable(detail, message);
    }
    throw new RemoteApiException.Rejected(detail, FailureKind.CONFIG, message);
  }
}
