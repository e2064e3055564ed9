package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.RemoteMeters;
import io.wiredchaos.notionwix.remote.Sleeper;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Creates the Wix clients from {@link WixSettings}. The Data and Media clients share one {@link RemoteCall}, hence
 * one per-site budget: Wix counts requests per site, whatever the API.
 */
@Configuration(proxyBeanMethods = false)
public class WixConfiguration {

  @Bean
  RemoteCall wixRemoteCall(WixSettings settings, ObjectProvider<Clock> clock, ObjectProvider<Sleeper> sleeper) {
    return WixClient.remoteCall(settings, clock.getIfAvailable(Clock::systemUTC),
        sleeper.getIfAvailable(() -> Sleeper.SYSTEM));
  }

  @Bean
  WixClient wixClient(WixSettings settings, ObjectProvider<RestClient.Builder> builders,
      @Qualifier("wixRemoteCall") RemoteCall call) {
    return new WixClient(settings, restClient(builders), call);
  }

  @Bean
  WixMediaClient wixMediaClient(WixSettings settings, ObjectProvider<RestClient.Builder> builders,
      @Qualifier("wixRemoteCall") RemoteCall call) {
    return new WixMediaClient(settings, restClient(builders), call);
  }

  /** {@code notionwix_remote_*{api="wix"}} meters, picked up by Boot's registry. */
  @Bean
  RemoteMeters wixRemoteMeters(@Qualifier("wixRemoteCall") RemoteCall call) {
    return new RemoteMeters(call);
  }

  private static RestClient restClient(ObjectProvider<RestClient.Builder> builders) {
    return WixRestClients.builder(builders.getIfAvailable(RestClient::builder)).build();
  }
}
