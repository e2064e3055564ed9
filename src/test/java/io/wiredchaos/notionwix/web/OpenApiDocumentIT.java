package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3 document at {@code /api/openapi.json} is generated from the code: every route our controllers map
 * (path and method, as Spring's handler mapping has them) is in it, so the document cannot fall behind the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIT {

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws Exception {
    String data = Files.createTempDirectory("openapi-it").toString();
    registry.add("SYNC_DATA_DIR", () -> data);
    registry.add("SYNC_SCHEDULE", () -> "off");
  }

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyRouteOfOurControllersIsInTheDocument() throws Exception {
    HttpResponse<String> answer = ServiceFixture.get(port, "/api/openapi.json");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    JsonNode document = JsonMapper.builder().build().readTree(answer.body());
    assertThat(document.path("openapi").asString()).startsWith("3.");
    JsonNode paths = document.path("paths");

    List<String> routes = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (method.getBeanType().getPackageName().startsWith("io.wiredchaos.notionwix")) {
        routes.addAll(routesOf(info));
      }
    });
    assertThat(routes).as("our controllers map routes").hasSizeGreaterThanOrEqualTo(13)
        .contains("post /api/sync/trigger", "get /api/sync/events", "post /api/notion/webhook");
    List<String> missing = routes.stream().filter(r -> {
      String[] parts = r.split(" ", 2);
      return paths.path(parts[1]).path(parts[0]).isMissingNode();
    }).toList();
    assertThat(missing).as("routes missing from /api/openapi.json").isEmpty();
    assertThat(paths.path("/api/sync/trigger").path("post").path("security").toString()).contains("adminToken");
    assertThat(paths.path("/api/notion/webhook").path("post").has("security")).isFalse();
  }

  private static List<String> routesOf(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    Set<RequestMethod> all = methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    List<String> routes = new ArrayList<>();
    for (String path : info.getPathPatternsCondition().getPatternValues()) {
      all.forEach(m -> routes.add(m.name().toLowerCase() + " " + path));
    }
    return routes;
  }
}
