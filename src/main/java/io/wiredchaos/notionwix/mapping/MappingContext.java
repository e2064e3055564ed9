package io.wiredchaos.notionwix.mapping;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What mapping one page needs to know beyond the page.
 *
 * @param mapping the resolved field mapping of the page's data source
 * @param pageUrls site URL (or path) of a synced page by canonical page id; empty when the page is not on the
 *     site. Used for mentions, links and child pages.
 * @param slugs page id → allocated unique slug ({@link SlugAllocator}); a page missing here gets its own
 *     wish, which may collide
 * @param syncedDataSources data source ids that are synced too: relations into them are item references
 *     ({@link References})
 * @param pageTitles title of a synced page by canonical page id, for link_to_page blocks (Notion shows the
 *     linked page's title; the block itself carries only the id). Empty → the URL is shown.
 */
public record MappingContext(
    FieldMapping mapping,
    Function<String, Optional<String>> pageUrls,
    Map<String, String> slugs,
    Set<String> syncedDataSources,
    Function<String, Optional<String>> pageTitles) {

  public MappingContext {
    pageUrls = pageUrls == null ? id -> Optional.empty() : pageUrls;
    pageTitles = pageTitles == null ? id -> Optional.empty() : pageTitles;
    slugs = slugs == null ? Map.of() : Map.copyOf(slugs);
    syncedDataSources = syncedDataSources == null ? Set.of() : Set.copyOf(syncedDataSources);
  }

  /** Without page titles (link_to_page blocks then show the page's URL). */
  public MappingContext(FieldMapping mapping, Function<String, Optional<String>> pageUrls, Map<String, String> slugs,
      Set<String> syncedDataSources) {
    this(mapping, pageUrls, slugs, syncedDataSources, null);
  }

  /** A context with no other synced pages: links to other Notion pages stay plain text. */
  public static MappingContext of(FieldMapping mapping) {
    return new MappingContext(mapping, null, null, null, null);
  }

  /** Site paths {@code prefix + slug} for the pages of {@code slugs} (e.g. prefix {@code "/post/"}). */
  public static Function<String, Optional<String>> sitePaths(Map<String, String> slugs, String prefix) {
    Map<String, String> copy = Map.copyOf(slugs);
    return id -> Optional.ofNullable(copy.get(id)).map(slug -> prefix + slug);
  }
}
