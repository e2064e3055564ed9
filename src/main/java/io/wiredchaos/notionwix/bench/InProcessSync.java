package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.NotionWixApplication;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunListenerGroup;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import io.wiredchaos.notionwix.sync.SyncService;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product's own sync, booted as {@code notion-wix sync} boots it (lean context, profile {@code cli}, lazy beans)
 * in this JVM, with settings given as command-line properties so they win over the caller's environment.
 */
final class InProcessSync implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  InProcessSync(Map<String, String> settings) {
    this.context = new SpringApplicationBuilder(NotionWixApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("cli")
        .properties("spring.main.lazy-initialization=true")
        .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  /** One full run, as {@code notion-wix sync} does it. */
  RunReport run() {
    RunOptions options = new RunOptions("cli", false, false, Set.of(), false, false);
    return context.getBean(SyncService.class)
        .run(options, new RunListenerGroup(context.getBeansOfType(RunListener.class).values()));
  }

  @Override
  public void close() {
    context.close();
  }
}
