package io.wiredchaos.notionwix.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's access rules.
 *
 * @param adminToken bearer token for mutating routes ({@code SYNC_ADMIN_TOKEN}); without it they are disabled; secret
 */
@ConfigurationProperties("notionwix.service")
public record ServiceSettings(String adminToken) {

  public boolean adminEnabled() {
    return adminToken != null && !adminToken.isBlank();
  }
}
