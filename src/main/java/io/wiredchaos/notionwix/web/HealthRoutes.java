package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.store.RunHistory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/health}: the Actuator components summarised for the dashboard (docs/api.md). */
@RestController
class HealthRoutes {

  private final LastSyncHealth lastSync;
  private final HealthIndicator notion;
  private final HealthIndicator wix;
  private final HealthIndicator store;
  private final RunHistory history;
  private final SyncSettings settings;

  HealthRoutes(LastSyncHealth lastSync, @Qualifier("notion") HealthIndicator notion,
      @Qualifier("wix") HealthIndicator wix, @Qualifier("store") HealthIndicator store, RunHistory history,
      SyncSettings settings) {
    this.lastSync = lastSync;
    this.notion = notion;
    this.wix = wix;
    this.store = store;
    this.history = history;
    this.settings = settings;
  }

  @GetMapping("/api/health")
  Map<String, Object> health() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", lastSync.state());
    body.put("lastSuccessAt", history.lastSyncAt().orElse(null));
    body.put("lastOutcome", history.page(0, 1).stream().findFirst().map(RunHistory.RunRow::outcome).orElse(null));
    body.put("staleAfterMs", settings.staleAfter().toMillis());
    body.put("components", Map.of("notion", component(notion), "wix", component(wix), "store", component(store)));
    return body;
  }

  private static Map<String, Object> component(HealthIndicator indicator) {
    Health h = indicator.health();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("status", h.getStatus().getCode());
    Object message = h.getDetails().get("message");
    c.put("message", message == null ? h.getDetails().get("error") : message);
    return c;
  }
}
