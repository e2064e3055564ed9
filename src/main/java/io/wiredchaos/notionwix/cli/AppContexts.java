package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.CommandContextAot;
import io.wiredchaos.notionwix.NotionWixApplication;
import io.wiredchaos.notionwix.config.Secrets;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the application for a command: the web service, or a lean context without a web server. Values read
 * from {@code NAME_FILE} secret files are defaults under the environment; a command's own overrides (such as
 * {@code --port}) are passed as command-line properties, which win over everything else.
 */
public final class AppContexts {

  private AppContexts() {}

  /** The service: web server, scheduler, Actuator; logs as ECS JSON on stdout. */
  static ConfigurableApplicationContext web(Map<String, Object> overrides) {
    return builder(WebApplicationType.SERVLET)
        .properties("spring.main.keep-alive=true")
        .run(asArguments(overrides));
  }

  /**
   * A command: no web server, no scheduler, logs on stderr, beans created on first use. With
   * {@code -Dspring.aot.enabled=true} the bean definitions come from the code Spring AOT generated at build time for
   * {@link CommandContextAot} (named after it, hence {@code main}), not from scanning and conditions.
   */
  public static ConfigurableApplicationContext command(Map<String, Object> overrides) {
    return command(overrides, new OutputOptions());
  }

  /** A command whose log format, level and colour follow {@code output} ({@code --log-format}, {@code --quiet}). */
  static ConfigurableApplicationContext command(Map<String, Object> overrides, OutputOptions output) {
    Map<String, Object> all = new java.util.HashMap<>(output.properties());
    all.putAll(overrides);
    SpringApplicationBuilder builder = builder(WebApplicationType.NONE)
        .main(CommandContextAot.class)
        .properties("spring.main.lazy-initialization=true");
    if (output.format() == LogFormat.JSON) {
      builder.profiles("cli", OutputOptions.JSON_LOG_PROFILE);
    } else {
      builder.profiles("cli");
    }
    return builder.run(asArguments(all));
  }

  private static SpringApplicationBuilder builder(WebApplicationType type) {
    return new SpringApplicationBuilder(NotionWixApplication.class)
        .web(type)
        .properties(Secrets.fromFiles(System.getenv()));
  }

  private static String[] asArguments(Map<String, Object> overrides) {
    return overrides.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }
}
