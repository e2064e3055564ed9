package io.wiredchaos.notionwix.sync;

import java.util.List;
import java.util.Set;

/** Where content comes from (Notion). Implementations throw {@link SyncFailure}. */
public interface Source {

  /**
   * Checks everything a run needs before anything is written (credentials, sharing, the mapping against both
   * schemas) and returns what the items will carry; a new fingerprint makes every body re-read.
   */
  SourceSchema prepare();

  /**
   * The published pages (all, or only {@code only} when not empty); properties only, no bodies. An id of
   * {@code only} that names no readable row of the data source is left out and reported by {@link #skipped}.
   */
  List<SourcePage> publishedPages(Set<String> only);

  /** The ids of {@code only} the last {@link #publishedPages} left out, each with its reason. */
  default List<SkippedPage> skipped() {
    return List.of();
  }

  /** Reads the page's body and maps it; conversion problems are warnings on the item, never exceptions. */
  DesiredItem load(SourcePage page);

  /** A fresh signed URL for a file whose URL expired, by re-reading the block or property that holds it. */
  String refreshMediaUrl(MediaSource media);
}
