package io.wiredchaos.notionwix.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run history: runs, each change with its before-image, and the media already re-hosted. It improves a run
 * (history, rollback, no second import of the same file) but is not required for correctness: Wix items carry
 * what an empty journal forgets.
 */
public interface Journal {

  /** Records a new run as RUNNING; runs still RUNNING from a dead process are marked INTERRUPTED first. */
  void startRun(String runId, String kind, String trigger, boolean dryRun, Instant startedAt);

  /** Records changes about to be sent, with their before-images, before the request goes out. */
  void recordPlanned(String runId, List<PlannedChange> changes);

  /** Records what happened to changes recorded as planned. */
  void recordOutcomes(String runId, List<ItemResult> results);

  /** Stores the final report. */
  void finishRun(RunReport report);

  /** The effective mapping fingerprint of the last successful run, if any. */
  Optional<String> lastMappingFingerprint();

  /** Remembers the mapping fingerprint of a successful run. */
  void rememberMappingFingerprint(String fingerprint);

  /** Files already re-hosted, by source key. */
  Map<String, ImportedMedia> knownMedia(Collection<String> sourceKeys);

  void rememberMedia(ImportedMedia media);

  /** Drops the entries of files that no longer exist in the target's media library, so they are imported again. */
  void forgetMedia(Collection<String> sourceKeys);

  /** The changes a run recorded, in order. */
  List<RecordedChange> changes(String runId);

  /** Item ids among {@code itemIds} that runs after {@code runId} changed. */
  List<String> changedAfter(String runId, Collection<String> itemIds);
}
