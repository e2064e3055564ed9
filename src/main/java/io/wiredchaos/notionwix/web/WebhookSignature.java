package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.remote.BodySignature;

/**
 * Notion's {@code X-Notion-Signature: sha256=<hex>} = HMAC-SHA256(key = verification token, raw body bytes),
 * compared in constant time (notion.md §9.2).
 */
final class WebhookSignature {

  private WebhookSignature() {}

  static String sign(String secret, byte[] body) {
    return BodySignature.sign(secret, body);
  }

  static boolean valid(String secret, byte[] body, String header) {
    return BodySignature.matches(secret, body, header);
  }
}
