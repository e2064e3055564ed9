package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.store.RunHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health components {@code notion} and {@code wix} (reachability, cached 60 s by {@link RemoteStatus}) and
 * {@code store} (the state database answers).
 */
@Configuration(proxyBeanMethods = false)
class ServiceHealth {

  @Bean("notion")
  HealthIndicator notionHealth(RemoteStatus remotes, ObjectProvider<NotionOverview> port, NotionSettings settings) {
    return () -> port.getIfAvailable() == null ? absent()
        : blank(settings.token()) || blank(settings.databaseId()) ? notConfigured("NOTION_API_TOKEN, NOTION_DATABASE_ID")
        : remote(remotes.notion());
  }

  @Bean("wix")
  HealthIndicator wixHealth(RemoteStatus remotes, ObjectProvider<WixOverview> port, WixSettings settings) {
    return () -> port.getIfAvailable() == null ? absent()
        : blank(settings.apiKey()) || blank(settings.siteId()) ? notConfigured("WIX_API_KEY, WIX_SITE_ID")
        : remote(remotes.wix());
  }

  /** Credentials not set yet: UNKNOWN, saying what to set, rather than DOWN for a service never configured. */
  static Health notConfigured(String variables) {
    return Health.unknown().withDetail("message", "not configured: set " + variables).build();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Bean("store")
  HealthIndicator storeHealth(RunHistory history) {
    return () -> {
      try {
        return Health.up().withDetail("runs", history.count()).build();
      } catch (RuntimeException e) {
        return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  /** No overview adapter in this build: UNKNOWN, so the aggregate status is not pulled DOWN. */
  static Health absent() {
    return Health.unknown().withDetail("message", "overview adapter not available in this build").build();
  }

  static Health remote(RemoteProbe.Result<?> r) {
    Health.Builder b = r.reachable() ? Health.up() : Health.down();
    b.withDetail("checkedAt", r.at().toString());
    if (!r.reachable()) {
      b.withDetail("kind", r.kind()).withDetail("message", r.message());
    }
    return b.build();
  }
}
