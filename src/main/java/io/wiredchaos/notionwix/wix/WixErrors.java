package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps a Wix error response (wix.md §4.1: {@code {message, details:{applicationError:{code,description}}}} or
 * {@code details.validationError.fieldViolations}; 5xx bodies are empty by design) to a typed failure. The WDE code
 * is the key, never the message (wix.md §4.2); statuses are a fallback because Wix does not document which status
 * each code comes with.
 */
final class WixErrors {

  static final String PERMISSION_HINT =
      "check that WIX_API_KEY is valid and has the Wix Data and Media permissions, and that WIX_SITE_ID is the site";

  static final Set<String> COLLECTION_MISSING = Set.of("WDE0025", "WDE0026");
  private static final Set<String> TOO_LARGE = Set.of("WDE0009", "WDE0109", "WDE0180");
  private static final Set<String> QUOTA = Set.of("WDE0014", "WDE0122");

  private WixErrors() {}

  static RemoteApiException map(int status, JsonNode body, String retryAfterHeader, String requestId,
      WixSubject subject, Instant now) {
    JsonNode application = body == null ? null : body.path("details").path("applicationError");
    String code = text(application, "code");
    String key = code == null ? "" : code; // Set.of(...).contains(null) throws
    String message = text(body, "message");
    if (message == null || message.isBlank()) {
      message = text(application, "description");
    }
    // Wix documents no Retry-After (wix.md §4.3); honour one if it ever appears, else plain backoff.
    Duration retryAfter = RetryAfter.parse(retryAfterHeader, now);
    ErrorDetail detail = new ErrorDetail(Api.WIX, status, code, requestId, retryAfter);
    String said = "Wix answered " + status + (code == null ? "" : " " + code)
        + (message == null || message.isBlank() ? "" : " (" + message + ")");
    String about = subject.description();
    if (COLLECTION_MISSING.contains(key) || (status == 404 && subject.collection())) {
      // wix.md §4.2: 404 WDE0025 (never created) / WDE0026 (removed). A missing collection is a set-up step, not a
      // sharing problem: the target creates it when --create-collection is given.
      return new RemoteApiException.NotFound(detail, FailureKind.CONFIG, about + " does not exist on the site: "
          + "check WIX_COLLECTION_ID and WIX_SITE_ID, or run once with --create-collection. " + said);
    }
    if (TOO_LARGE.contains(key) || status == 413) {
      return new RemoteApiException.PayloadTooLarge(detail, "request about " + about + " is too large. " + said);
    }
    if (QUOTA.contains(key) || status == 429) {
      return new RemoteApiException.RateLimited(detail, "Wix quota exceeded on " + about + ". " + said);
    }
    if ("WDE0028".equals(code)) {
      return new RemoteApiException.ServiceUnavailable(detail, "Wix timed out on " + about + ". " + said);
    }
    return switch (status) {
      case 401, 403 -> new RemoteApiException.Unauthorized(detail,
          "Wix refused access to " + about + ": " + PERMISSION_HINT + ". " + said);
      case 404 -> new RemoteApiException.NotFound(detail, FailureKind.DATA, about + " was not found. " + said);
      case 409 -> new RemoteApiException.Conflict(detail, FailureKind.DATA, false, "conflict on " + about + ". " + said);
      case 500, 502, 503, 504 -> new RemoteApiException.ServiceUnavailable(detail,
          "Wix is unavailable for " + about + ". " + said);
      default -> status >= 400 && status < 500
          ? new RemoteApiException.InvalidRequest(detail, FailureKind.DATA,
              "Wix refused the request about " + about + ". " + said)
          : new RemoteApiException.Rejected(detail, FailureKind.BUG, "unexpected answer about " + about + ". " + said);
    };
  }

  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : null;
  }
}
