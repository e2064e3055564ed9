package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notion-hosted files: stored JSON says {@code "@file:<key>"}; responses carry signed URLs that expire
 * (notion.md §6, one hour by default), and the host answers 403 for an expired or forged URL.
 */
final class FileHost {

  private static final byte[] SIGNING_KEY = "sandbox-file-signing".getBytes(StandardCharsets.UTF_8);
  private final NotionData data;
  private final Clock clock;
  private final Duration ttl;
  private volatile String baseUrl = "";
  private final java.util.concurrent.atomic.AtomicLong issued = new java.util.concurrent.atomic.AtomicLong();
  private volatile long validFrom;

  /** Every URL handed out so far expires now, as if an hour had passed since it was read. */
  void expireIssued() {
    validFrom = issued.get() + 1;
  }

  FileHost(NotionData data, Clock clock, Duration ttl) {
    this.data = data;
    this.clock = clock;
    this.ttl = ttl;
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  /** A deep copy of {@code node} with every stored file reference signed. */
  JsonNode render(JsonNode node) {
    JsonNode copy = node.deepCopy();
    sign(copy);
    return copy;
  }

  private void sign(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (var entry : object.properties()) {
        JsonNode value = entry.getValue();
        if (value.isString() && value.asString().startsWith("@file:")) {
          Instant expiry = clock.instant().plus(ttl);
          object.put(entry.getKey(), url(value.asString().substring(6), expiry));
          object.put("expiry_time", expiry.toString());
        } else {
          sign(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(this::sign);
    }
  }

  String url(String key, Instant expiry) {
    long expires = expiry.getEpochSecond();
    long n = issued.incrementAndGet();
    return baseUrl + "/files/" + key + "?X-Amz-Expires=" + ttl.toSeconds() + "&expires=" + expires + "&n=" + n
        + "&X-Amz-Signature=" + signature(key + "#" + n, expires);
  }

  void serve(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getPath().substring("/files/".length());
    var query = Exchanges.query(exchange);
    String expires = Exchanges.first(query, "expires");
    String n = Exchanges.first(query, "n");
    byte[] bytes = data.files.get(key);
    boolean valid = bytes != null && expires != null && expires.matches("\\d+") && n != null && n.matches("\\d+")
        && signature(key + "#" + n, Long.parseLong(expires)).equals(Exchanges.first(query, "X-Amz-Signature"))
        && clock.instant().getEpochSecond() <= Long.parseLong(expires) && Long.parseLong(n) >= validFrom;
    if (!valid) {
      Exchanges.send(exchange, 403, "application/xml",
          "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>".getBytes());
      return;
    }
    Exchanges.send(exchange, 200, "image/png", bytes);
  }

  private static String signature(String key, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SIGNING_KEY, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((key + ":" + expires).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
