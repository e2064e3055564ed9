package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksRegisteredSecretsAndCredentialPatterns() {
    Redaction.register("secret_abcdef123456");
    String text = Redaction.redact(
        "token secret_abcdef123456 leaked; Authorization: Bearer ntn_live_999 and authorization=IST.key-42");
    assertThat(text).doesNotContain("secret_abcdef123456", "ntn_live_999", "IST.key-42").contains(Redaction.MASK);
  }

  @Test
  void exceptionMessagesAreRedacted() {
    Redaction.register("wix-key-0123456789");
    var failure = new RemoteApiException.Unauthorized(new ErrorDetail(Api.WIX, 401, null, null, null),
        "rejected key wix-key-0123456789");
    assertThat(failure.getMessage()).doesNotContain("wix-key-0123456789").contains(Redaction.MASK);
    assertThat(failure.kind()).isEqualTo(FailureKind.CONFIG);
  }

  @Test
  void shortValuesAreNotRegistered() {
    Redaction.register("ab");
    assertThat(Redaction.redact("a tab and a cab")).isEqualTo("a tab and a cab");
  }
}
