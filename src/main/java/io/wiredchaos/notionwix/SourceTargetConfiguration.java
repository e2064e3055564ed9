package io.wiredchaos.notionwix;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.config.SyncSettings;
import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.notion.MappingResolver;
import io.wiredchaos.notionwix.notion.NotionClient;
import io.wiredchaos.notionwix.notion.NotionClientReads;
import io.wiredchaos.notionwix.notion.NotionReads;
import io.wiredchaos.notionwix.notion.NotionSource;
import io.wiredchaos.notionwix.sync.RequestStats;
import io.wiredchaos.notionwix.sync.Source;
import io.wiredchaos.notionwix.sync.Target;
import io.wiredchaos.notionwix.wix.WixClient;
import io.wiredchaos.notionwix.wix.WixClientWrites;
import io.wiredchaos.notionwix.wix.WixMediaClient;
import io.wiredchaos.notionwix.wix.WixTarget;
import io.wiredchaos.notionwix.wix.WixWrites;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's adapters over the Notion and Wix clients. Every port the adapters call is wrapped so that remote
 * failures reach the engine as {@link io.wiredchaos.notionwix.sync.SyncFailure}s of the same kind.
 */
@Configuration(proxyBeanMethods = false)
class SourceTargetConfiguration {

  @Bean
  Source notionSource(NotionClient client, NotionSettings notion, WixSettings wix, SyncSettings sync) {
    NotionReads reads = RemoteFailures.translating(NotionReads.class, new NotionClientReads(client));
    return new NotionSource(reads, notion, mappings(sync, wix));
  }

  /** The default mapping, or the mapping file when {@code SYNC_MAPPING_FILE} is set. */
  static MappingResolver mappings(SyncSettings sync, WixSettings wix) {
    return sync.mappingFile() == null || sync.mappingFile().toString().isBlank()
        ? MappingResolver.defaults(wix.collectionId())
        : MappingResolver.fromFile(sync.mappingFile(), wix.collectionId());
  }

  @Bean
  Target wixTarget(WixClient client, WixMediaClient media, WixSettings settings) {
    WixWrites writes = RemoteFailures.translating(WixWrites.class, new WixClientWrites(client, media));
    return new WixTarget(writes, settings);
  }

  /** Remote traffic counters of both clients, for run reports. */
  @Bean
  SyncConfiguration.RequestStatsSource requestStats(NotionClient notion, WixClient wix) {
    return () -> {
      var n = notion.stats();
      var w = wix.stats();
      return new RequestStats(n.attempts(), w.attempts(), n.rateLimited() + w.rateLimited(),
          n.wallWait().plus(w.wallWait()).toMillis()); // wall-clock per service, not a sum over threads
    };
  }
}
