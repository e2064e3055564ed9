package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.remote.BodySignature;

/** The {@code X-Signature} header of a SWARM post: {@code sha256=} and the hex HMAC-SHA256 of the exact body. */
final class Signature {

  static final String HEADER = "X-Signature";

  private Signature() {}

  static String of(String secret, byte[] body) {
    return BodySignature.sign(secret, body);
  }
}
