package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
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
import java.util.stream.Collectors;

/** A NotionClient wired to a local fake server, a manual clock and a sleeper that never sleeps. */
final class NotionFake implements AutoCloseable {

  static final String TOKEN = "ntn_test_token_0123456789";

  final FakeHttp server;
  final ManualClock clock = ManualClock.at("2026-11-25T05:00:00Z");
  final ManualSleeper sleeper = new ManualSleeper(clock);
  final RateBudget budget;
  final NotionClient client;

  /** With a budget generous enough never to wait. */
  NotionFake(Function<FakeHttp.Request, FakeHttp.Response> handler) {
    this(handler, List.of(new RateBudget.Limit(100_000, Duration.ofMinutes(1))));
  }

  NotionFake(Function<FakeHttp.Request, FakeHttp.Response> handler, List<RateBudget.Limit> limits) {
    server = new FakeHttp(handler);
    budget = new RateBudget("notion", limits, clock, sleeper);
    NotionSettings settings = new NotionSettings(TOKEN, "248104cd477e80fdb757e945d38000bd", null, server.baseUrl(),
        "2025-09-03", 3, null, null, "/articles/");
    RemoteCall call = new RemoteCall(Api.NOTION, budget,
        new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), new SplittableRandom(1)), clock, sleeper);
    client = new NotionClient(settings, NotionClient.restClient(), call);
  }

  @Override
  public void close() {
    server.close();
  }

  static String resource(String name) {
    try (InputStream in = NotionFake.class.getResourceAsStream("/notion/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String page(String id, String createdTime) {
    return """
        {"object":"page","id":"%s","created_time":"%s","last_edited_time":"%s","in_trash":false,
         "url":"https://www.notion.so/%s","parent":{"type":"data_source_id","data_source_id":"ds"},
         "cover":null,"icon":null,"properties":{"Name":{"id":"title","type":"title","title":[]}}}"""
        .formatted(id, createdTime, createdTime, id.replace("-", ""));
  }

  static String block(String id, String type, boolean hasChildren) {
    return """
        {"object":"block","id":"%s","type":"%s","has_children":%s,"%s":{"rich_text":[],"color":"default"}}"""
        .formatted(id, type, hasChildren, type);
  }

  static String list(List<String> results, String nextCursor) {
    return """
        {"object":"list","results":[%s],"next_cursor":%s,"has_more":%s,"type":"block","block":{}}"""
        .formatted(String.join(",", results), nextCursor == null ? "null" : "\"" + nextCursor + "\"",
            nextCursor != null);
  }

  /** A dashed UUID whose last group ends with {@code n}. */
  static String id(int n) {
    return "00000000-0000-4000-8000-" + String.format("%012d", n);
  }

  static String ids(List<Integer> numbers) {
    return numbers.stream().map(NotionFake::id).collect(Collectors.joining(","));
  }
}
