package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Maps a Notion error response (notion.md §2.3: {@code {object:"error", status, code, message, request_id,
 * additional_data}}) to a typed failure. Codes are parsed as open strings; a non-JSON body (an edge proxy page)
 * still yields a typed failure from the status alone.
 */
final class NotionErrors {

  static final String SHARE_HINT =
      "share the database with your integration (••• menu → Connections) and check NOTION_DATABASE_ID";

  private NotionErrors() {}

  /**
   * @param body parsed error body, or null when it was not JSON
   * @param retryAfterHeader the Retry-After header value, or null
   * @param headerRequestId the x-notion-request-id header value, or null
   */
  static RemoteApiException map(
      int status, JsonNode body, String retryAfterHeader, String headerRequestId, Subject subject, Instant now) {
    String code = text(body, "code");
    String vendorMessage = text(body, "message");
    String requestId = text(body, "request_id") != null ? text(body, "request_id") : headerRequestId;
    JsonNode additional = body == null ? null : body.path("additional_data");
    Duration retryAfter = RetryAfter.parse(retryAfterHeader, now);
    if (retryAfter == null && additional != null) {
      retryAfter = RetryAfter.parse(text(additional, "retry_after"), now);
    }
    ErrorDetail detail = new ErrorDetail(Api.NOTION, status, code, requestId, retryAfter);
    String said = "Notion answered " + status + (code == null ? "" : " " + code)
        + (vendorMessage == null || vendorMessage.isBlank() ? "" : " (" + vendorMessage + ")");
    String about = subject.description();
    return switch (status) {
      case 401 -> new RemoteApiException.Unauthorized(detail,
          "Notion rejected the token for " + about + ": check NOTION_API_TOKEN. " + said);
      case 403 -> subject.configured()
          ? new RemoteApiException.NotShared(detail, about + " is not accessible: " + SHARE_HINT + ". " + said)
          : new RemoteApiException.Unauthorized(detail,
              "the integration lacks a capability for " + about + " (check its capabilities). " + said);
      case 404 -> subject.configured()
          ? new RemoteApiException.NotShared(detail, about + " was not found: " + shareHint(subject) + ". " + said)
          : new RemoteApiException.NotFound(detail, FailureKind.DATA, about + " was not found. " + said);
      case 409 -> new RemoteApiException.Conflict(detail, FailureKind.TRANSIENT, true,
          "conflict on " + about + ". " + said);
      case 413 -> new RemoteApiException.PayloadTooLarge(detail, "request about " + about + " is too large. " + said);
      case 429 -> "public_api_request_blocked".equals(text(additional, "rate_limit_reason"))
          ? new RemoteApiException.AccessBlocked(detail,
              "Notion blocked API access for this integration; an operator must check the workspace. " + said)
          : new RemoteApiException.RateLimited(detail, "rate limited on " + about + ". " + said);
      case 500, 502, 503, 504, 529 -> new RemoteApiException.ServiceUnavailable(detail,
          "Notion is unavailable for " + about + ". " + said);
      default -> status >= 400 && status < 500
          ? new RemoteApiException.InvalidRequest(detail, badRequestKind(code, subject, additional),
              "Notion refused the request about " + about + ". " + said)
          : new RemoteApiException.Rejected(detail, FailureKind.BUG,
              "unexpected answer about " + about + ". " + said);
    };
  }

  /**
   * A 400 on a configured subject (database, data source, filter) is a settings problem; on a page write it is that
   * item's data. A multi-source database hit with an old API version is always a settings problem (notion.md §1.5).
   */
  private static FailureKind badRequestKind(String code, Subject subject, JsonNode additional) {
    if ("missing_version".equals(code) || "invalid_request_url".equals(code)
        || "multiple_data_sources_for_database".equals(text(additional, "error_type"))) {
      return FailureKind.CONFIG;
    }
    return subject.configured() ? FailureKind.CONFIG : FailureKind.DATA;
  }

  private static String shareHint(Subject subject) {
    return subject.setting() == null || subject.setting().equals("NOTION_DATABASE_ID")
        ? SHARE_HINT
        : "share it with your integration and check " + subject.setting();
  }

  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.path(field);
    return value.isString() ? value.stringValue() : value.isNumber() ? value.asString() : null;
  }
}
