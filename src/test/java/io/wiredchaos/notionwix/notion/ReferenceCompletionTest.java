package io.wiredchaos.notionwix.notion;

import static io.wiredchaos.notionwix.notion.NotionFake.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReferenceCompletionTest {

  private static final String PAGE = "2a7104cd-477e-8123-b1aa-f00d00000001";

  private static String relations(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "{\"id\":\"" + id(i) + "\"}").collect(Collectors.joining(","));
  }

  private static String items(int from, int to, String next) {
    String results = IntStream.range(from, to)
        .mapToObj(i -> "{\"object\":\"property_item\",\"id\":\"%3Cr%3Fq\",\"type\":\"relation\",\"relation\":{\"id\":\""
            + id(i) + "\"}}")
        .collect(Collectors.joining(","));
    return """
        {"object":"list","results":[%s],"next_cursor":%s,"has_more":%s,"type":"property_item",
         "property_item":{"id":"%%3Cr%%3Fq","type":"relation","relation":{}}}"""
        .formatted(results, next == null ? "null" : "\"" + next + "\"", next != null);
  }

  @Test
  void readsEveryRelationPastTheTwentyFiveInline() {
    String page = """
        {"object":"page","id":"%s","created_time":"2026-09-01T09:00:00.000Z",
         "last_edited_time":"2026-09-01T09:00:00.000Z","in_trash":false,"properties":{
           "Related":{"id":"%%3Cr%%3Fq","type":"relation","relation":[%s],"has_more":true},
           "Tags":{"id":"abc","type":"multi_select","multi_select":[]}}}""".formatted(PAGE, relations(0, 25));
    try (NotionFake fake = new NotionFake(request -> {
      if (request.path().equals("/v1/pages/" + PAGE)) {
        return Response.json(200, page);
      }
      return request.query("start_cursor").isEmpty()
          ? Response.json(200, items(0, 20, "next-1"))
          : Response.json(200, items(20, 32, null));
    })) {
      NotionPage complete = fake.client.completeReferences(fake.client.retrievePage(PAGE));
      List<String> ids = new ArrayList<>();
      complete.properties().get("Related").path("relation").forEach(r -> ids.add(r.path("id").asString()));
      assertThat(ids).hasSize(32).startsWith(id(0), id(1)).endsWith(id(31)).doesNotHaveDuplicates();
      assertThat(complete.properties().get("Related").path("has_more").asBoolean()).isFalse();
      assertThat(complete.properties().get("Tags")).isEqualTo(fake.client.retrievePage(PAGE).properties().get("Tags"));
      var propertyRequests = fake.server.requests().stream().filter(r -> r.path().contains("/properties/")).toList();
      assertThat(propertyRequests).hasSize(2);
      // the id is sent encoded exactly once
      assertThat(propertyRequests.getFirst().path()).isEqualTo("/v1/pages/" + PAGE + "/properties/%3Cr%3Fq");
      assertThat(propertyRequests.get(1).query("start_cursor")).containsExactly("next-1");
    }
  }

  @Test
  void aCompletePageIsReturnedUnchangedWithoutRequests() {
    String page = """
        {"object":"page","id":"%s","created_time":"2026-09-01T09:00:00.000Z",
         "last_edited_time":"2026-09-01T09:00:00.000Z","properties":{
           "Related":{"id":"rel","type":"relation","relation":[%s],"has_more":false}}}"""
        .formatted(PAGE, relations(0, 3));
    try (NotionFake fake = new NotionFake(request -> Response.json(200, page))) {
      NotionPage read = fake.client.retrievePage(PAGE);
      assertThat(fake.client.completeReferences(read)).isSameAs(read);
      assertThat(fake.server.requests()).hasSize(1);
    }
  }
}
