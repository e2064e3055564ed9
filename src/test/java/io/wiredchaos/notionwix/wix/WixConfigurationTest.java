package io.wiredchaos.notionwix.wix;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.FakeHttp;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WixConfigurationTest {

  @Test
  void dataAndMediaClientsShareOneBudget() {
    try (FakeHttp server = new FakeHttp(request -> request.path().startsWith("/site-media")
        ? Response.json(200, WixFake.resource("media-get-file-ready-response.json"))
        : Response.json(200, "{\"collection\":{\"id\":\"NotionPages\",\"fields\":[]}}"))) {
      WixSettings settings = new WixSettings("IST.spring-key-123456", "site-1", "NotionPages", server.baseUrl(), 200);
      new ApplicationContextRunner()
          .withUserConfiguration(WixConfiguration.class)
          .withBean(WixSettings.class, () -> settings)
          .run(context -> {
            WixClient data = context.getBean(WixClient.class);
            WixMediaClient media = context.getBean(WixMediaClient.class);
            assertThat(data.getCollection("NotionPages").id()).isEqualTo("NotionPages");
            assertThat(media.getFile("f1").ready()).isTrue();
            assertThat(data.stats().attempts()).isEqualTo(2);
            assertThat(server.requests()).allSatisfy(r -> {
              assertThat(r.header("Upgrade")).isNull();
              assertThat(r.header("Authorization")).isEqualTo("IST.spring-key-123456");
              assertThat(r.header("wix-site-id")).isEqualTo("site-1");
            });
          });
    }
  }
}
