package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.config.NotionSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notion's verification request (notion.md §9): before NOTION_WEBHOOK_SECRET is set, the token is logged exactly
 * once for the operator to copy; once it is set, an unsigned verification request is refused and logs nothing.
 * No run is queued either way (the batch is never touched).
 */
@ExtendWith(OutputCaptureExtension.class)
class NotionWebhookVerificationTest {

  static final String TOKEN = "secret_obviously-fake-verification-token-7731";

  static NotionWebhook webhook(String secret) {
    NotionSettings settings = new NotionSettings("t", "d", null, URI.create("http://127.0.0.1:1"), "2025-09-03", 3,
        null, secret, null);
    return new NotionWebhook(settings, null, JsonMapper.builder().build());
  }

  static MockHttpServletRequest verification() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/notion/webhook");
    request.setContentType("application/json");
    request.setContent(("{\"verification_token\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8));
    return request;
  }

  @Test
  void theTokenIsLoggedOnceWhileNoSecretIsSet(CapturedOutput output) throws Exception {
    NotionWebhook webhook = webhook(null);
    assertThat(webhook.receive(verification()).getStatusCode().value()).isEqualTo(200);
    assertThat(webhook.receive(verification()).getStatusCode().value()).isEqualTo(200);
    assertThat(output.getAll().split(TOKEN, -1)).as("occurrences + 1").hasSize(2);
    assertThat(output.getAll()).contains("NOTION_WEBHOOK_SECRET");
  }

  @Test
  void onceTheSecretIsSetAnUnsignedVerificationIsRefusedAndNothingIsLogged(CapturedOutput output) {
    NotionWebhook webhook = webhook(TOKEN);
    assertThatThrownBy(() -> webhook.receive(verification())).isInstanceOf(ApiProblem.class)
        .satisfies(e -> assertThat(((ApiProblem) e).getStatusCode().value()).isEqualTo(401))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    assertThat(output.getAll()).doesNotContain(TOKEN);
  }
}
