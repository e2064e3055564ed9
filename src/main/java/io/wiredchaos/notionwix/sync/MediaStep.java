package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-hosts the Notion-hosted files of a batch in Wix Media, each file once across runs: the journal's media map
 * first (checked to still exist, in one batched lookup), then the Wix media library, then a new import. An import whose signed URL expired is retried once with a
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

  /**
   * The result of one batch: files by source key, files newly imported, per-page warnings, and the source keys
   * whose file changed (a cached file found deleted, or a file imported now), whose items must be rewritten.
   */
  record Resolved(Map<String, ImportedMedia> media, int imported, Map<String, List<String>> warnings,
      Set<String> replaced) {}

  /**
   * Cached files are trusted only after one batched existence check ({@link Target#missingMedia}): a file deleted
   * in the Media Manager is forgotten and found or imported again, so no item is written pointing at dead media.
   */
  Resolved resolve(Collection<MediaSource> needed) {
    Map<String, MediaSource> byKey = new LinkedHashMap<>();
    needed.forEach(m -> byKey.putIfAbsent(m.sourceKey(), m));
    if (byKey.isEmpty()) {
      return new Resolved(Map.of(), 0, Map.of(), Set.of());
    }
    Map<String, ImportedMedia> media = new HashMap<>(journal.knownMedia(byKey.keySet()));
    Set<String> replaced = new HashSet<>(dropDeleted(media));
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
      replaced.add(m.sourceKey());
    });
    return new Resolved(media, imported.size(), warnings, Set.copyOf(replaced));
  }

  /** Removes (from {@code media} and the journal) the cached files the target no longer has; returns their keys. */
  private Set<String> dropDeleted(Map<String, ImportedMedia> media) {
    if (media.isEmpty()) {
      return Set.of();
    }
    Set<String> gone = target.missingMedia(media.values().stream().map(ImportedMedia::mediaId).toList());
    Set<String> keys = new HashSet<>();
    media.values().stream().filter(m -> gone.contains(m.mediaId())).forEach(m -> keys.add(m.sourceKey()));
    if (!keys.isEmpty()) {
      keys.forEach(media::remove);
      journal.forgetMedia(keys);
    }
    return keys;
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
