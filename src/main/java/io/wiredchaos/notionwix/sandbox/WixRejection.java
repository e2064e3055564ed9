package io.wiredchaos.notionwix.sandbox;

import tools.jackson.databind.node.ObjectNode;

/** A request Wix refuses as a whole: answered with {@code status} and {@link WixErrors}' shape (or {@code body}). */
final class WixRejection extends RuntimeException {

  final int status;
  final String code;
  /** The whole error body when it is not the plain application-error shape (a validation error); else null. */
  final ObjectNode body;

  WixRejection(int status, String code, String message) {
    this(status, code, message, null);
  }

  WixRejection(int status, String code, String message, ObjectNode body) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
  }
}
