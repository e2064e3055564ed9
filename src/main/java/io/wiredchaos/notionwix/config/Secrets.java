package io.wiredchaos.notionwix.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Secrets: which settings are secret, how they are masked when shown, and how {@code NAME_FILE} variables
 * (Docker/Kubernetes secret files) supply them.
 */
public final class Secrets {

  /** Environment variables whose values are secret; each may also come from {@code NAME_FILE}. */
  public static final List<String> VARIABLES =
      List.of(
          "NOTION_API_TOKEN",
          "WIX_API_KEY",
          "NOTION_WEBHOOK_SECRET",
          "SWARM_WEBHOOK_URL",
          "SWARM_WEBHOOK_SECRET",
          "ALERT_WEBHOOK_URL",
          "SYNC_ADMIN_TOKEN",
          "SYNC_DATABASE_URL");

  private Secrets() {}

  /** Shows whether a secret is set without revealing it: {@code <not set>} or {@code ****abcd (40 chars)}. */
  public static String mask(String value) {
    if (value == null || value.isBlank()) {
      return "<not set>";
    }
    return "****** (" + value.length() + " chars)";
  }

  /**
   * Shows a webhook URL by its scheme and host only ({@code https://hooks.slack.com/****}): the path and query of
   * such URLs often are the credential. An unparsable value is shown as {@code <invalid URL>}.
   */
  public static String maskUrl(String value) {
    if (value == null || value.isBlank()) {
      return "<not set>";
    }
    String origin = origin(value);
    return origin == null ? "<invalid URL>" : origin + "/****";
  }

  /** {@code scheme://host[:port]} of an absolute http(s) URL, or null when the value is not one. */
  public static String origin(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (uri.getHost() == null || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return scheme.toLowerCase(Locale.ROOT) + "://" + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Values read from {@code NAME_FILE} for every secret variable that is not set directly. The file's content is
   * trimmed of its trailing newline. A named file that cannot be read is a configuration error naming the file.
   */
  public static Map<String, Object> fromFiles(Map<String, String> env) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : VARIABLES) {
      String file = env.get(name + "_FILE");
      if (file == null || file.isBlank() || env.containsKey(name)) {
        continue;
      }
      try {
        values.put(name, Files.readString(Path.of(file)).strip());
      } catch (IOException e) {
        throw new SettingsException(name + "_FILE names " + file + ", which cannot be read", e);
      }
    }
    return values;
  }
}
