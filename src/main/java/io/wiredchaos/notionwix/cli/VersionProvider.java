package io.wiredchaos.notionwix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build-info Maven writes into the jar. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"notion-wix " + version() + " (Java " + Runtime.version() + ")"};
  }

  static String version() {
    Properties info = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/build-info.properties")) {
      if (in != null) {
        info.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return info.getProperty("build.version", "unknown");
  }
}
