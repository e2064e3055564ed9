package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * Why Wix refuses one item (wix.md §2.2–2.4, §4.2). A single-item call answers it as an HTTP error; a bulk call as
 * the item's {@code itemMetadata.error}. Field-format problems ({@code ruleName} set) carry a field violation, as
 * Wix's validation errors do (wix.md §4.1, {@code error-400-validation.json}).
 */
record WixItemProblem(int status, String code, String message, String field, String ruleName, String value) {

  static WixItemProblem of(int status, String code, String message) {
    return new WixItemProblem(status, code, message, null, null, null);
  }

  static WixItemProblem format(String field, String ruleName, String message, String value) {
    return new WixItemProblem(400, "WDE0080", message, field, ruleName, value);
  }

  /** The per-item error of a bulk result: {@code {code, description, data?:{fieldViolations}}}. */
  ObjectNode itemError() {
    ObjectNode error = WixErrors.itemError(code, message);
    if (ruleName != null) {
      error.putObject("data").putArray("fieldViolations").add(violation());
    }
    return error;
  }

  /** The whole answer of a single-item call: a validation error for a field problem, else an application error. */
  ObjectNode responseBody() {
    if (ruleName == null) {
      return WixErrors.body(code, message);
    }
    ObjectNode body = Exchanges.object().put("message", message);
    body.putObject("details").putObject("validationError").putArray("fieldViolations").add(violation());
    return body;
  }

  WixRejection rejection() {
    return new WixRejection(status, code, message, responseBody());
  }

  private ObjectNode violation() {
    ObjectNode violation = Exchanges.object().put("field", field).put("description", message)
        .put("violatedRule", "FORMAT").put("ruleName", ruleName);
    violation.putObject("data").put("value", value);
    return violation;
  }
}
