package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.cli.AppContexts;
import java.util.Map;

/**
 * Build-time entry of Spring AOT for the commands' context ({@code process-aot} in pom.xml): boots the context as a
 * command does, so the generated {@code CommandContextAot__ApplicationContextInitializer} registers the same beans
 * (the {@code cli} profile, its auto-configuration exclusions, conditions as evaluated at build time). A command uses
 * the generated code only when its JVM runs with {@code -Dspring.aot.enabled=true}, which the launcher sets for
 * one-shot commands; the service and the tests never do. It sits in the composition root because the generated code
 * names every feature's configuration.
 */
public final class CommandContextAot {

  private CommandContextAot() {}

  public static void main(String[] args) {
    AppContexts.command(Map.of()).close();
  }
}
