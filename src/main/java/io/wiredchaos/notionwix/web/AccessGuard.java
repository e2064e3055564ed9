package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.config.AdminToken;
import io.wiredchaos.notionwix.config.ServiceSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may call what. Mutating routes need {@code Authorization: Bearer} (the scheme in any case) and the
 * {@link AdminToken} (constant-time compare; 403 while no token is configured, 401 on a missing or wrong one). Read routes answer loopback
 * callers only unless {@code SYNC_PUBLIC_READ=true}; the remote address decides, never a forwarded header.
 */
@Component
class AccessGuard {

  private final ServiceSettings settings;
  private final AdminToken adminToken;

  AccessGuard(ServiceSettings settings, AdminToken adminToken) {
    this.settings = settings;
    this.adminToken = adminToken;
  }

  void requireAdmin(HttpServletRequest request) {
    if (!adminToken.enabled()) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "AUTH",
          "mutating routes are disabled: set SYNC_ADMIN_TOKEN on the server and send it as a Bearer token");
    }
    String given = bearerToken(request.getHeader("Authorization"));
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        adminToken.value().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "AUTH", "missing or wrong bearer token");
    }
  }

  /**
   * The credentials of a Bearer {@code Authorization} header, or "" for none: the scheme name is
   * case-insensitive (RFC 9110 §11.1, RFC 6750 §2.1), so {@code bearer x} and {@code BEARER x} are {@code x}.
   */
  static String bearerToken(String header) {
    if (header == null) {
      return "";
    }
    String value = header.strip();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Bearer")) {
      return "";
    }
    return value.substring(space + 1).strip();
  }

  void requireReader(HttpServletRequest request) {
    if (!settings.publicRead() && !isLoopback(request.getRemoteAddr())) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "AUTH",
          "read routes answer local callers only; set SYNC_PUBLIC_READ=true to open them");
    }
  }

  static boolean isLoopback(String address) {
    // the servlet container gives a numeric literal; no name lookup happens here
    return address != null && (address.startsWith("127.") || address.equals("::1")
        || address.equals("0:0:0:0:0:0:0:1") || address.startsWith("::ffff:127."));
  }
}
