package io.wiredchaos.notionwix.remote;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may reach a log, an exception message or the dashboard. Two layers: the values
 * registered by the clients at construction (tokens, API keys), and patterns that look like credentials whatever
 * their value ({@code Bearer …}, an {@code Authorization} header line).
 *
 * <p>The registry is process-wide on purpose: every {@link RemoteApiException} message passes through
 * {@link #redact(String)} without needing a reference to the settings.
 */
public final class Redaction {

  /** What a removed secret is replaced with. */
  public static final String MASK = "[redacted]";

  /** Shorter values are not registered: masking "ab" everywhere would mangle ordinary text. */
  private static final int MIN_SECRET_LENGTH = 6;

  private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
  private static final Pattern AUTH_HEADER = Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)[^\\s\"',;]+");

  private Redaction() {}

  /** Registers a secret value so that it is masked from now on; null, blank and very short values are ignored. */
  public static void register(String secret) {
    if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH) {
      SECRETS.add(secret.strip());
    }
  }

  /** The text with every registered secret and every credential-looking token replaced by {@link #MASK}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : SECRETS) {
      result = result.replace(secret, MASK);
    }
    result = BEARER.matcher(result).replaceAll("$1" + MASK);
    return AUTH_HEADER.matcher(result).replaceAll("$1" + MASK);
  }
}
