package io.wiredchaos.notionwix.remote;

import java.time.Duration;

/**
 * What a failed response said, before it is typed: the api, HTTP status (0 without a response), vendor code and
 * request id (either may be null) and the server-requested wait (null when none).
 */
public record ErrorDetail(Api api, int status, String code, String requestId, Duration retryAfter) {

  public static ErrorDetail of(RemoteApiException failure) {
    return new ErrorDetail(
        failure.api(), failure.status(), failure.code(), failure.requestId(), failure.retryAfter().orElse(null));
  }
}
