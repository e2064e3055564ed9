package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RemoteMeters;
import io.wiredchaos.notionwix.remote.Sleeper;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Creates the {@link NotionClient} from {@link NotionSettings}: Boot's {@link RestClient.Builder} (observations and
 * customizers included) on a JDK HttpClient forced to HTTP/1.1 (stack.md pitfall 4). A {@link Clock} or
 * {@link Sleeper} bean, when present, replaces the system ones.
 */
@Configuration(proxyBeanMethods = false)
public class NotionConfiguration {

  @Bean
  NotionClient notionClient(NotionSettings settings, ObjectProvider<RestClient.Builder> builders,
      ObjectProvider<Clock> clock, ObjectProvider<Sleeper> sleeper) {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(HttpTransport.http11(HttpTransport.CONNECT_TIMEOUT));
    factory.setReadTimeout(HttpTransport.READ_TIMEOUT);
    RestClient rest = builders.getIfAvailable(RestClient::builder).requestFactory(factory).build();
    Clock actualClock = clock.getIfAvailable(Clock::systemUTC);
    return new NotionClient(settings, rest,
        NotionClient.remoteCall(settings, actualClock, sleeper.getIfAvailable(() -> Sleeper.SYSTEM)));
  }

  /** {@code notionwix_remote_*{api="notion"}} meters, picked up by Boot's registry. */
  @Bean
  RemoteMeters notionRemoteMeters(NotionClient notionClient) {
    return new RemoteMeters(notionClient.remoteCall());
  }
}
