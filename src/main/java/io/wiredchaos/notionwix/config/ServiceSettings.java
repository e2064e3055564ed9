package io.wiredchaos.notionwix.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the HTTP service guards itself.
 *
 * @param adminToken bearer token for mutating routes ({@code SYNC_ADMIN_TOKEN}); secret; blank disables them
 * @param publicRead read routes answer non-local callers too ({@code SYNC_PUBLIC_READ}, default false)
 * @param webhookDebounce quiet time after the last webhook event before a run starts ({@code SYNC_WEBHOOK_DEBOUNCE})
 */
@Validated
@ConfigurationProperties("notionwix.service")
public record ServiceSettings(String adminToken, boolean publicRead, @NotNull Duration webhookDebounce) {

  /** True when mutating routes are enabled. */
  public boolean adminEnabled() {
    return adminToken != null && !adminToken.isBlank();
  }

  @Override
  public String toString() {
    return "ServiceSettings[adminToken=" + (adminEnabled() ? "****" : "") + ", publicRead=" + publicRead
        + ", webhookDebounce=" + webhookDebounce + "]";
  }
}
