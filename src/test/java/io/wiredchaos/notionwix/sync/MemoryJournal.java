package io.wiredchaos.notionwix.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A journal in memory, for engine tests. */
final class MemoryJournal implements Journal {

  final Map<String, RunReport> runs = new HashMap<>();
  final List<RecordedChange> changes = new ArrayList<>();
  final Map<String, ImportedMedia> media = new ConcurrentHashMap<>();
  String fingerprint;

  @Override
  public void startRun(String runId, String kind, String trigger, boolean dryRun, Instant startedAt) {}

  @Override
  public synchronized void recordPlanned(String runId, List<PlannedChange> planned) {
    planned.forEach(c -> changes.add(new RecordedChange(runId, c.itemId(), c.pageId(), c.title(), c.action(),
        c.reason(), c.before(), c.after(), "PLANNED", null)));
  }

  @Override
  public synchronized void recordOutcomes(String runId, List<ItemResult> results) {
    for (ItemResult r : results) {
      for (int i = changes.size() - 1; i >= 0; i--) {
        RecordedChange c = changes.get(i);
        if (c.runId().equals(runId) && c.itemId().equals(r.itemId())) {
          changes.set(i, new RecordedChange(runId, c.itemId(), c.pageId(), c.title(), c.action(), c.reason(),
              c.before(), r.written() == null ? c.after() : r.written(), r.ok() ? "APPLIED" : "FAILED",
              r.message()));
          break;
        }
      }
    }
  }

  @Override
  public void finishRun(RunReport report) {
    runs.put(report.runId(), report);
  }

  @Override
  public Optional<String> lastMappingFingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  @Override
  public void rememberMappingFingerprint(String value) {
    fingerprint = value;
  }

  @Override
  public Map<String, ImportedMedia> knownMedia(Collection<String> keys) {
    Map<String, ImportedMedia> found = new HashMap<>();
    keys.stream().filter(media::containsKey).forEach(k -> found.put(k, media.get(k)));
    return found;
  }

  @Override
  public void rememberMedia(ImportedMedia imported) {
    media.put(imported.sourceKey(), imported);
  }

  @Override
  public void forgetMedia(Collection<String> keys) {
    keys.forEach(media::remove);
  }

  @Override
  public synchronized List<RecordedChange> changes(String runId) {
    return changes.stream().filter(c -> c.runId().equals(runId)).toList();
  }

  @Override
  public synchronized List<String> changedAfter(String runId, Collection<String> itemIds) {
    int first = -1;
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).runId().equals(runId)) {
        first = i;
      }
    }
    List<String> later = new ArrayList<>();
    for (int i = first + 1; first >= 0 && i < changes.size(); i++) {
      RecordedChange c = changes.get(i);
      if (!c.runId().equals(runId) && itemIds.contains(c.itemId()) && "APPLIED".equals(c.outcome())
          && !later.contains(c.itemId())) {
        later.add(c.itemId());
      }
    }
    return later;
  }
}
