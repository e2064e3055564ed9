package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.report.IncidentState;
import io.wiredchaos.notionwix.report.LastSuccess;
import io.wiredchaos.notionwix.store.RunHistory;
import io.wiredchaos.notionwix.store.StateValues;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The alert reporter's incident state, kept in the state database's {@code sync_state}, and the last success its
 * stale check reads from the run history.
 */
@Configuration(proxyBeanMethods = false)
class AlertStateConfiguration {

  @Bean
  IncidentState incidentState(StateValues values) {
    return new IncidentState() {
      @Override
      public Optional<String> load() {
        return values.get(NAME);
      }

      @Override
      public void save(String value) {
        values.set(NAME, value);
      }
    };
  }

  @Bean
  LastSuccess lastSuccess(RunHistory history) {
    return history::lastSyncAt;
  }
}
