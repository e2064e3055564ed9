package io.wiredchaos.notionwix.remote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code sha256=<hex>} = HMAC-SHA256 of the exact body bytes under a shared secret: the signature Notion puts on
 * its webhooks (notion.md §9.2) and the one we put on SWARM and alert posts. Checks compare in constant time.
 */
public final class BodySignature {

  private BodySignature() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether {@code header} is the signature of {@code body}; false for a missing secret or header. */
  public static boolean matches(String secret, byte[] body, String header) {
    if (secret == null || secret.isBlank() || header == null) {
      return false;
    }
    return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        header.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
