package io.wiredchaos.notionwix.sandbox;

/** A request Wix refuses as a whole: answered with {@code status} and {@link WixErrors}' shape. */
final class WixRejection extends RuntimeException {

  final int status;
  final String code;

  WixRejection(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
