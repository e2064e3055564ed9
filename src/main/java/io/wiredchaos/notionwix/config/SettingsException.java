package io.wiredchaos.notionwix.config;

/**
 * A setting is missing or unusable. The message names the environment variable and what to do; commands turn
 * it into exit code 2 with nothing written.
 */
public class SettingsException extends RuntimeException {

  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
