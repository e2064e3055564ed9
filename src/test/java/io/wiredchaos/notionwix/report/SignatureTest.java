package io.wiredchaos.notionwix.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureTest {

  /** Expected values from outside Java: {@code printf '%s' BODY | openssl dgst -sha256 -hmac KEY}. */
  @Test
  void isTheHexHmacSha256OfTheBodyPrefixedWithTheAlgorithm() {
    assertThat(Signature.of(Reports.SECRET, "{\"runId\":\"r-1\",\"outcome\":\"SUCCESS\"}"
        .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=9ad685830f51d8ae5da11b9c2676f2b42604522fc8f6fc676bb6081b5a9f01b3");
    // RFC 4231 test case 2
    assertThat(Signature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
