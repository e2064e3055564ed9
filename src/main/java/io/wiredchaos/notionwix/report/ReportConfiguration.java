package io.wiredchaos.notionwix.report;

import io.wiredchaos.notionwix.config.ReportSettings;
import io.wiredchaos.notionwix.remote.HttpTransport;
import io.wiredchaos.notionwix.remote.RateBudget;
import io.wiredchaos.notionwix.remote.RetryPolicy;
import io.wiredchaos.notionwix.remote.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook reporters as {@link io.wiredchaos.notionwix.sync.RunListener} beans, so the CLI, the service's runs
 * and the scheduler all feed them. Each reporter has its own request budget, so a 429 from one endpoint never
 * delays the other.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  /** Up to 6 attempts, 0.5 s base doubling to a 4 s cap; the delivery's own bound ends it sooner. */
  static RetryPolicy retryPolicy() {
    return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(4), RandomGenerator.getDefault());
  }

  @Bean(destroyMethod = "close")
  Deliveries reportDeliveries(ReportSettings settings) {
    Duration longest = settings.swarmTimeout().compareTo(settings.alertTimeout()) > 0
        ? settings.swarmTimeout() : settings.alertTimeout();
    return Deliveries.async(longest.plusSeconds(2));
  }

  @Bean
  SwarmReporter swarmReporter(ReportSettings settings, JsonMapper json, Deliveries reportDeliveries, Clock clock,
      ObjectProvider<Sleeper> sleeper) {
    return new SwarmReporter(settings, json, delivery("swarm", clock, sleeper), reportDeliveries);
  }

  @Bean
  AlertReporter alertReporter(ReportSettings settings, JsonMapper json, Deliveries reportDeliveries, Clock clock,
      ObjectProvider<Sleeper> sleeper, IncidentState incidentState) {
    return new AlertReporter(settings, json, delivery("alert", clock, sleeper), reportDeliveries, incidentState);
  }

  private static WebhookDelivery delivery(String name, Clock clock, ObjectProvider<Sleeper> sleeper) {
    Sleeper actual = sleeper.getIfAvailable(() -> Sleeper.SYSTEM);
    RateBudget budget = new RateBudget(name, List.of(new RateBudget.Limit(60, Duration.ofMinutes(1))), clock, actual);
    HttpClient http = HttpTransport.http11(HttpTransport.CONNECT_TIMEOUT);
    return new WebhookDelivery(http, retryPolicy(), budget, clock, actual);
  }
}
