package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.NotionSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/notion/webhook} (notion.md §9). The verification request is answered and its token logged
 * once, so the operator can set it as {@code NOTION_WEBHOOK_SECRET}; it is accepted unsigned only while no
 * secret is configured. Every event must carry a valid {@code X-Notion-Signature} over the raw body, else 401
 * and nothing is done. Accepted events go to {@link WebhookBatch}, which drops those about other data sources
 * (answered 200 with {@code accepted: false}, so Notion does not retry them). Bodies over 256 KB answer 413, non-JSON 415.
 */
@RestController
class NotionWebhook {

  static final int MAX_BODY = 256 * 1024;
  private static final Logger log = LoggerFactory.getLogger(NotionWebhook.class);

  private final NotionSettings notion;
  private final WebhookBatch batch;
  private final JsonMapper json;
  private final AtomicBoolean tokenLogged = new AtomicBoolean();

  NotionWebhook(NotionSettings notion, WebhookBatch batch, JsonMapper json) {
    this.notion = notion;
    this.batch = batch;
    this.json = json;
  }

  @PostMapping(path = "/api/notion/webhook", consumes = "application/json")
  ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      throw tooLarge();
    }
    String secret = notion.webhookSecret();
    boolean configured = secret != null && !secret.isBlank();
    boolean signed = WebhookSignature.valid(secret, body, request.getHeader("X-Notion-Signature"));
    JsonNode event = parse(body);
    JsonNode token = event.get("verification_token");
    if (token != null && token.isString() && event.get("type") == null) {
      if (configured && !signed) {
        throw unauthorized();
      }
      if (!configured && tokenLogged.compareAndSet(false, true)) {
        log.warn("Notion webhook verification token received; paste it into Notion's Verify dialog and set it"
            + " as NOTION_WEBHOOK_SECRET (logged this once): {}", token.asString());
      }
      return ResponseEntity.ok(Map.of("verification", "received"));
    }
    if (!signed) {
      throw unauthorized();
    }
    boolean queued = batch.add(WebhookEvent.of(event));
    return ResponseEntity.ok(Map.of("accepted", queued));
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("webhook body is not a JSON object");
      }
      return node;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("webhook body is not valid JSON");
    }
  }

  private static ApiProblem unauthorized() {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "AUTH",
        "missing or wrong X-Notion-Signature (is NOTION_WEBHOOK_SECRET the subscription's verification token?)");
  }

  private static ApiProblem tooLarge() {
    return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "DATA", "webhook body exceeds 256 KB");
  }
}
