package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.notion.NotionCheckup;
import io.wiredchaos.notionwix.notion.NotionClient;
import io.wiredchaos.notionwix.sync.Check;
import io.wiredchaos.notionwix.sync.Checkup;
import io.wiredchaos.notionwix.wix.WixCheckup;
import io.wiredchaos.notionwix.wix.WixClient;
import io.wiredchaos.notionwix.wix.WixMediaClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code doctor --online}: the Notion checks first, then the Wix checks against the fields the resolved mapping
 * writes (the same mapping a sync would use).
 */
@Configuration(proxyBeanMethods = false)
class CheckupConfiguration {

  @Bean
  Checkup onlineCheckup(NotionClient notion, NotionSettings notionSettings, WixClient wix, WixMediaClient media,
      WixSettings wixSettings, SyncSettings sync) {
    return () -> {
      NotionCheckup.Result source = new NotionCheckup(notion, notionSettings,
          SourceTargetConfiguration.mappings(sync, wixSettings)).run();
      List<Check> checks = new ArrayList<>(source.checks());
      checks.addAll(new WixCheckup(wix, media, wixSettings).run(source.wixFields()));
      return checks;
    };
  }
}
