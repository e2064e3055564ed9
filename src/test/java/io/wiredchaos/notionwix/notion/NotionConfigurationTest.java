package io.wiredchaos.notionwix.notion;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.remote.FakeHttp;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NotionConfigurationTest {

  @Test
  void springBuildsAClientThatSpeaksPlainHttp11() {
    try (FakeHttp server = new FakeHttp(request -> Response.json(200, NotionFake.resource("database-retrieve.json")))) {
      NotionSettings settings = new NotionSettings("ntn_spring_token_123456", null, null, server.baseUrl(),
          "2025-09-03", 3, null, null, "/articles/");
      new ApplicationContextRunner()
          .withUserConfiguration(NotionConfiguration.class)
          .withBean(NotionSettings.class, () -> settings)
          .run(context -> {
            NotionClient client = context.getBean(NotionClient.class);
            assertThat(client.retrieveDatabase("248104cd477e80fdb757e945d38000bd").dataSources()).hasSize(2);
            FakeHttp.Request request = server.requests().getFirst();
            assertThat(request.header("Upgrade")).isNull(); // no h2c upgrade attempt (stack.md pitfall 4)
            assertThat(request.header("Authorization")).isEqualTo("Bearer ntn_spring_token_123456");
            assertThat(client.stats().attempts()).isEqualTo(1);
          });
    }
  }
}
