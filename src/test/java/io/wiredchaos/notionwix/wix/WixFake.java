package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.FakeHttp;
import io.wiredchaos.notionwix.remote.ManualClock;
import io.wiredchaos.notionwix.remote.ManualSleeper;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Wix clients wired to a local fake server, a manual clock and a sleeper that never sleeps. */
final class WixFake implements AutoCloseable {

  static final String KEY = "IST.wix-test-key-0123456789";
  static final String SITE = "2f4e6a8c-1b3d-4f5a-9c7e-0d2f4a6c8e1b";
  static final JsonMapper JSON = new JsonMapper();

  final FakeHttp server;
  final ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
  final ManualSleeper sleeper = new ManualSleeper(clock);
  final RemoteCall call;
  final WixClient client;
  final WixMediaClient media;

  WixFake(Function<FakeHttp.Request, FakeHttp.Response> handler) {
    server = new FakeHttp(handler);
    WixSettings settings = new WixSettings(KEY, SITE, "NotionPages", server.baseUrl(), 200);
    call = new RemoteCall(Api.WIX,
        new RateBudget("wix", List.of(new RateBudget.Limit(100_000, Duration.ofMinutes(1))), clock, sleeper),
        new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(3)), clock, sleeper);
    client = new WixClient(settings, WixRestClients.restClient(), call);
    media = new WixMediaClient(settings, WixRestClients.restClient(), call);
  }

  @Override
  public void close() {
    server.close();
  }

  static String resource(String name) {
    try (InputStream in = WixFake.class.getResourceAsStream("/wix/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode body(FakeHttp.Request request) {
    return JSON.readTree(request.body());
  }

  /** A bulk response that succeeds for every element of the request ({@code dataItems} or {@code dataItemIds}). */
  static String allSucceed(FakeHttp.Request request, String action) {
    JsonNode body = body(request);
    JsonNode elements = body.has("dataItems") ? body.path("dataItems") : body.path("dataItemIds");
    ObjectNode response = JSON.createObjectNode();
    ArrayNode results = response.putArray("results");
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      String id = element.isString() ? element.asString() : element.path("id").asString("generated-" + i);
      ObjectNode result = results.addObject().put("action", action);
      result.putObject("itemMetadata").put("id", id).put("originalIndex", i).put("success", true);
    }
    response.putObject("bulkActionMetadata").put("totalSuccesses", elements.size()).put("totalFailures", 0);
    return response.toString();
  }
}
