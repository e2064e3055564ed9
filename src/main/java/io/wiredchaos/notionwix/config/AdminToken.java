package io.wiredchaos.notionwix.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bearer token mutating routes expect. {@code SYNC_ADMIN_TOKEN} when set. Otherwise, when the service
 * listens on a loopback address only, a one-time token drawn from {@link SecureRandom} for this process (as
 * notebook servers do): {@code serve} and {@code demo} print it once on the terminal in the dashboard URL's
 * fragment and nowhere else; it is never logged or stored. A service on any other address without a
 * configured token has none, so mutating routes stay refused (403).
 */
@Component
public final class AdminToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;
  private final boolean oneTime;

  @Autowired
  AdminToken(ServiceSettings settings, @Value("${server.address:}") String bindAddress) {
    this(settings.adminToken(), bindAddress, AdminToken::generate);
  }

  private AdminToken(String configured, String bindAddress, Supplier<String> generator) {
    boolean configuredToken = configured != null && !configured.isBlank();
    this.oneTime = !configuredToken && isLoopback(bindAddress);
    this.value = configuredToken ? configured : oneTime ? generator.get() : null;
  }

  /**
   * The decision: the configured token wins; without one, a loopback bind gets {@code generator}'s token and any
   * other bind (blank means every interface) gets none.
   */
  public static AdminToken resolve(String configured, String bindAddress, Supplier<String> generator) {
    return new AdminToken(configured, bindAddress, generator);
  }

  /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean isLoopback(String bindAddress) {
    if (bindAddress == null || bindAddress.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(bindAddress.trim()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // the server would not start on it either; never grant a token on doubt
    }
  }

  /** True when mutating routes accept a token at all. */
  public boolean enabled() {
    return value != null;
  }

  /** The expected token; only meaningful when {@link #enabled()}. Secret: never log it. */
  public String value() {
    return value == null ? "" : value;
  }

  /** The generated token, for the terminal line that prints the dashboard URL; empty when configured or none. */
  public Optional<String> oneTime() {
    return oneTime ? Optional.of(value) : Optional.empty();
  }

  @Override
  public String toString() {
    return "AdminToken[" + (oneTime ? "one-time" : enabled() ? "configured" : "none") + "]";
  }
}
