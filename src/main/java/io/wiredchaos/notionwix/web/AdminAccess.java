package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.ServiceSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mutating routes need {@code Authorization: Bearer $SYNC_ADMIN_TOKEN}, compared in constant time. Without a
 * configured token they are disabled (403 saying how to enable them); a missing or wrong token is 401.
 */
@Component
class AdminAccess {

  private final ServiceSettings settings;

  AdminAccess(ServiceSettings settings) {
    this.settings = settings;
  }

  void check(String authorization) {
    if (!settings.adminEnabled()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "admin routes are disabled: set SYNC_ADMIN_TOKEN on the server to enable them");
    }
    String expected = "Bearer " + settings.adminToken();
    boolean ok = authorization != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        authorization.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong admin token");
    }
  }
}
