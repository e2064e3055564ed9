package io.wiredchaos.notionwix.notion;

import static io.wiredchaos.notionwix.notion.NotionFake.block;
import static io.wiredchaos.notionwix.notion.NotionFake.id;
import static io.wiredchaos.notionwix.notion.NotionFake.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.remote.RateBudget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockTreeReaderTest {

  private static final String PAGE = id(1000);

  private static String childrenPath(String id) {
    return "/v1/blocks/" + id + "/children";
  }

  private static String synced(String id, String from) {
    String source = from == null ? "null" : "{\"type\":\"block_id\",\"block_id\":\"" + from + "\"}";
    return """
        {"object":"block","id":"%s","type":"synced_block","has_children":true,"synced_block":{"synced_from":%s}}"""
        .formatted(id, source);
  }

  @Test
  void buildsTheTreeInOrderWithoutDescendingIntoLinkedPages() {
    Map<String, String> responses = Map.of(
        childrenPath(PAGE) + "?page_size=100", list(List.of(
            block(id(1), "paragraph", false), block(id(2), "toggle", true), block(id(3), "child_page", true),
            block(id(4), "mystery_type", false), block(id(5), "bulleted_list_item", true)), null),
        childrenPath(id(2)) + "?page_size=100", list(List.of(block(id(21), "paragraph", false),
            block(id(22), "quote", true)), null),
        childrenPath(id(22)) + "?page_size=100", list(List.of(block(id(221), "paragraph", false)), null),
        childrenPath(id(5)) + "?page_size=100", list(List.of(block(id(51), "paragraph", false)), "cur-5"),
        childrenPath(id(5)) + "?page_size=100&start_cursor=cur-5",
        list(List.of(block(id(52), "paragraph", false)), null));
    try (NotionFake fake = new NotionFake(request -> {
      String key = request.path() + "?" + request.rawQuery();
      String body = responses.get(key);
      return body == null ? Response.json(404, "{\"object\":\"error\",\"code\":\"object_not_found\"}")
          : Response.json(200, body);
    })) {
      List<NotionBlock> tree = fake.client.fetchBody(PAGE);
      assertThat(tree).extracting(NotionBlock::id).containsExactly(id(1), id(2), id(3), id(4), id(5));
      assertThat(tree.get(1).children()).extracting(NotionBlock::id).containsExactly(id(21), id(22));
      assertThat(tree.get(1).children().get(1).children()).extracting(NotionBlock::id).containsExactly(id(221));
      assertThat(tree.get(2).hasChildren()).isTrue();
      assertThat(tree.get(2).children()).isEmpty();
      assertThat(tree.get(3).type()).isEqualTo("mystery_type");
      assertThat(tree.get(3).payload().has("rich_text")).isTrue();
      assertThat(tree.get(4).children()).extracting(NotionBlock::id).containsExactly(id(51), id(52));
      assertThat(fake.server.requests()).hasSize(5)
          .noneMatch(r -> r.path().equals(childrenPath(id(3))));
    }
  }

  @Test
  void readsSiblingContainersConcurrently() {
    CountDownLatch allInFlight = new CountDownLatch(4);
    List<Boolean> overlapped = new CopyOnWriteArrayList<>();
    List<String> toggles = IntStream.rangeClosed(1, 4).mapToObj(i -> block(id(i), "toggle", true)).toList();
    try (NotionFake fake = new NotionFake(request -> {
      if (request.path().equals(childrenPath(PAGE))) {
        return Response.json(200, list(toggles, null));
      }
      allInFlight.countDown();
      try {
        // only true when all four children requests are open at the same time
        overlapped.add(allInFlight.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String parent = request.path().split("/")[3];
      return Response.json(200, list(List.of(block(parent.replace("-4000-", "-4111-"), "paragraph", false)), null));
    })) {
      List<NotionBlock> tree = fake.client.fetchBody(PAGE);
      assertThat(overlapped).hasSize(4).containsOnly(true);
      assertThat(tree).extracting(NotionBlock::id).containsExactly(id(1), id(2), id(3), id(4));
      assertThat(tree).allSatisfy(b -> assertThat(b.children()).singleElement()
          .satisfies(child -> assertThat(child.id()).isEqualTo(b.id().replace("-4000-", "-4111-"))));
    }
  }

  @Test
  void concurrentReadsStayWithinTheSharedBudget() {
    List<String> toggles = IntStream.rangeClosed(1, 6).mapToObj(i -> block(id(i), "toggle", true)).toList();
    try (NotionFake fake = new NotionFake(request -> request.path().equals(childrenPath(PAGE))
        ? Response.json(200, list(toggles, null))
        : Response.json(200, list(List.of(), null)),
        List.of(new RateBudget.Limit(2, Duration.ofSeconds(1))))) {
      var start = fake.clock.instant();
      assertThat(fake.client.fetchBody(PAGE)).hasSize(6);
      assertThat(fake.client.stats().attempts()).isEqualTo(7);
      // 7 requests at 2 per second: the last one cannot leave before 3 s have passed
      assertThat(Duration.between(start, fake.clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
      assertThat(fake.budget.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }
  }

  @Test
  void syncedDuplicatesReadTheOriginalAndCyclesStop() {
    String original = id(500);
    Map<String, String> responses = Map.of(
        childrenPath(PAGE), list(List.of(synced(id(1), original)), null),
        childrenPath(original), list(List.of(block(id(501), "paragraph", false), synced(id(502), original)), null));
    try (NotionFake fake = new NotionFake(request -> {
      String body = responses.get(request.path());
      return body == null ? Response.json(404, "{\"object\":\"error\",\"code\":\"object_not_found\"}")
          : Response.json(200, body);
    })) {
      List<NotionBlock> tree = fake.client.fetchBody(PAGE);
      NotionBlock duplicate = tree.getFirst();
      assertThat(duplicate.children()).extracting(NotionBlock::id).containsExactly(id(501), id(502));
      assertThat(duplicate.children().get(1).children()).isEmpty();
      assertThat(fake.server.requests()).extracting(r -> r.path())
          .containsExactlyInAnyOrder(childrenPath(PAGE), childrenPath(original));
    }
  }

  @Test
  void anUnsharedSyncedOriginalLeavesTheBlockEmpty() {
    try (NotionFake fake = new NotionFake(request -> request.path().equals(childrenPath(PAGE))
        ? Response.json(200, list(List.of(synced(id(1), id(600)), block(id(2), "paragraph", false)), null))
        : Response.json(404, "{\"object\":\"error\",\"status\":404,\"code\":\"object_not_found\"}"))) {
      List<NotionBlock> tree = fake.client.fetchBody(PAGE);
      assertThat(tree).extracting(NotionBlock::id).containsExactly(id(1), id(2));
      assertThat(tree.getFirst().children()).isEmpty();
    }
  }
}
