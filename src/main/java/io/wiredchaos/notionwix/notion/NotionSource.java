package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.config.NotionSettings;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.MappedItem;
import io.wiredchaos.notionwix.mapping.MappingContext;
import io.wiredchaos.notionwix.mapping.MediaRef;
import io.wiredchaos.notionwix.mapping.PageMapper;
import io.wiredchaos.notionwix.mapping.SlugAllocator;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import io.wiredchaos.notionwix.sync.DesiredItem;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.MediaSource;
import io.wiredchaos.notionwix.sync.SkippedPage;
import io.wiredchaos.notionwix.sync.Source;
import io.wiredchaos.notionwix.sync.SourcePage;
import io.wiredchaos.notionwix.sync.SourceSchema;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The engine's source on Notion: resolves the data source and its mapping, lists the published pages
 * (properties only), and reads and maps one page's body on demand. The pages listed by the last
 * {@link #publishedPages} are kept (properties only) so that {@link #load} costs only the body requests.
 */
public final class NotionSource implements Source {

  private final NotionReads notion;
  private final NotionSettings settings;
  private final MappingResolver mappings;
  private final PageMapper mapper = new PageMapper();
  private volatile Prepared prepared;
  private volatile Listing listing = new Listing(Map.of(), null);
  private volatile List<SkippedPage> skipped = List.of();

  private record Prepared(NotionDataSource dataSource, FieldMapping mapping) {}

  private record Listing(Map<String, NotionPage> pages, MappingContext context) {}

  public NotionSource(NotionReads notion, NotionSettings settings, MappingResolver mappings) {
    this.notion = notion;
    this.settings = settings;
    this.mappings = mappings;
  }

  @Override
  public SourceSchema prepare() {
    NotionDataSource dataSource = notion.resolveDataSource(settings.databaseId(), settings.dataSourceId());
    FieldMapping mapping = mappings.resolve(dataSource);
    prepared = new Prepared(dataSource, mapping);
    return new SourceSchema(MappingResolver.fingerprint(mapping), MappingResolver.wixFields(mapping));
  }

  @Override
  public List<SourcePage> publishedPages(Set<String> only) {
    Prepared p = requirePrepared();
    Map<String, NotionPage> pages = new LinkedHashMap<>();
    if (only.isEmpty()) {
      JsonNode filter = StatusFilters.forVersion(p.mapping().queryFilter(), settings.apiVersion(),
          p.mapping().publish().statusGroups());
      notion.queryPages(p.dataSource().id(), filter, QueryProperties.of(p.mapping(), p.dataSource()), page -> {
        if (p.mapping().publish().test(page)) {
          pages.put(PageIdentity.canonical(page.id()), page);
        }
      });
      skipped = List.of();
    } else {
      NamedPages.Found found = NamedPages.read(only, notion, p.dataSource().id(), p.mapping().publish());
      pages.putAll(found.pages());
      skipped = found.skipped();
    }
    Map<String, String> slugs = SlugAllocator.allocate(pages.values().stream()
        .map(page -> PageMapper.slugCandidate(page, p.mapping())).toList());
    MappingContext context = new MappingContext(p.mapping(),
        MappingContext.sitePaths(slugs, settings.pageUrlPrefix()), slugs, Set.of(p.dataSource().id()));
    listing = new Listing(pages, context);
    List<SourcePage> rows = new ArrayList<>(pages.size());
    pages.forEach((id, page) -> rows.add(new SourcePage(id, PageIdentity.title(page), page.url(),
        page.lastEditedTime())));
    return rows;
  }

  @Override
  public List<SkippedPage> skipped() {
    return skipped;
  }

  @Override
  public DesiredItem load(SourcePage row) {
    Listing current = listing;
    NotionPage page = current.pages().get(row.pageId());
    if (page == null) {
      throw new SyncFailure(FailureKind.BUG, "page " + row.pageId() + " was not listed by this run");
    }
    MappedItem item = mapper.map(page, notion.fetchBody(row.pageId()), current.context());
    List<MediaSource> media = item.media().stream().map(NotionSource::mediaSource).toList();
    List<String> warnings = item.warnings().stream()
        .map(w -> w.code() + (w.blockId() == null ? "" : " (block " + w.blockId() + ")") + ": " + w.message())
        .toList();
    return new DesiredItem(row, item.data(), item.syncHash(), media, warnings);
  }

  @Override
  public String refreshMediaUrl(MediaSource media) {
    var holder = media.blockId() != null && !media.blockId().startsWith("property:")
        ? notion.retrieveBlock(media.blockId())
        : JsonTrees.of(notion.retrievePage(media.pageId()));
    return FreshUrls.find(holder, media.sourceKey()).orElseThrow(() -> new SyncFailure(FailureKind.DATA,
        "the file " + media.sourceKey() + " is no longer in its block or property; it was removed from the page"));
  }

  private static MediaSource mediaSource(MediaRef ref) {
    String holder = ref.blockId() != null ? ref.blockId() : "property:" + ref.role();
    return new MediaSource(ref.sourceKey(), ref.url(), ref.pageId(), holder);
  }

  private Prepared requirePrepared() {
    if (prepared == null) {
      throw new SyncFailure(FailureKind.BUG, "the Notion source was used before prepare()");
    }
    return prepared;
  }
}
