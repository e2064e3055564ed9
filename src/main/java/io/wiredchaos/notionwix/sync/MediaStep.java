package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Re-hosts the Notion-hosted files of a batch in Wix Media, each file once across runs: the journal's media map
 * first, then the Wix media library, then a new import. An import whose signed URL expired is retried once with a
 * fresh URL. A file that still fails becomes a warning on its item; the item is written without it.
 */
final class MediaStep {

  private final Source source;
  private final Target target;
  private final Journal journal;
  private final int concurrency;

  MediaStep(Source source, Target target, Journal journal, int concurrency) {
    this.source = source;
    this.target = target;
    this.journal = journal;
    this.concurrency = concurrency;
  }

  /** The result of one batch: files by source key, files newly imported, and per-page warnings. */
  record Resolved(Map<String, ImportedMedia> media, int imported, Map<String, List<String>> warnings) {}

  Resolved resolve(Collection<MediaSource> needed) {
    Map<String, MediaSource> byKey = new LinkedHashMap<>();
    needed.forEach(m -> byKey.putIfAbsent(m.sourceKey(), m));
    if (byKey.isEmpty()) {
      return new Resolved(Map.of(), 0, Map.of());
    }
    Map<String, ImportedMedia> media = new HashMap<>(journal.knownMedia(byKey.keySet()));
    List<String> missing = byKey.keySet().stream().filter(k -> !media.containsKey(k)).toList();
    if (!missing.isEmpty()) {
      target.findImported(missing).forEach((key, found) -> {
        media.put(key, found);
        journal.rememberMedia(found);
      });
    }
    List<MediaSource> toImport = byKey.values().stream().filter(m -> !media.containsKey(m.sourceKey())).toList();
    Map<String, List<String>> warnings = new HashMap<>();
    List<ImportedMedia> imported = new ArrayList<>(Parallel.map(toImport, concurrency, m -> importOne(m, warnings)));
    imported.removeIf(Objects::isNull);
    imported.forEach(m -> {
      media.put(m.sourceKey(), m);
      journal.rememberMedia(m);
    });
    return new Resolved(media, imported.size(), warnings);
  }

  private ImportedMedia importOne(MediaSource media, Map<String, List<String>> warnings) {
    try {
      try {
        return target.importMedia(media);
      } catch (Target.MediaExpired expired) {
        String fresh = source.refreshMediaUrl(media);
        return target.importMedia(new MediaSource(media.sourceKey(), fresh, media.pageId(), media.blockId()));
      }
    } catch (SyncFailure failure) {
      if (failure.kind() == FailureKind.CONFIG) {
        throw failure;
      }
      synchronized (warnings) {
        warnings.computeIfAbsent(media.pageId(), k -> new ArrayList<>())
            .add("image in block " + media.blockId() + " could not be re-hosted: " + failure.getMessage());
      }
      return null;
    }
  }
}
