package io.wiredchaos.notionwix.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run's steps: check both sides, read rows and items, triage, then read-map-plan-write in batches (so only
 * one batch of bodies is in memory), and finally delete what is no longer published. Creations and updates go
 * before deletions, so a run cut short leaves extra items rather than missing ones.
 */
final class SyncRun {

  private final String runId;
  private final RunOptions options;
  private final Instant started;
  private final RunTally tally;
  private final RunListener listener;
  private final SyncService service;
  private final SyncPlanner planner = new SyncPlanner();
  private final PlanApplier applier;
  private final MediaStep media;
  private int done;
  private int total;

  SyncRun(String runId, RunOptions options, Instant started, RunTally tally, RunListener listener,
      SyncService service) {
    this.runId = runId;
    this.options = options;
    this.started = started;
    this.tally = tally;
    this.listener = listener;
    this.service = service;
    this.applier = new PlanApplier(service.target(), service.journal());
    this.media = new MediaStep(service.source(), service.target(), service.journal(),
        service.settings().concurrency());
  }

  void execute() {
    SourceSchema schema = service.source().prepare();
    String fingerprint = schema.fingerprint();
    // A dry run writes nothing, a new collection included: it reports the missing collection instead.
    service.target().prepare(schema, options.createCollection() && !options.dryRun())
        .forEach(change -> tally.warn("collection set-up", change));
    listener.progress(runId, "read", 0, 0, tally.counts());
    List<SourcePage> rows = service.source().publishedPages(options.only());
    service.source().skipped().forEach(skip -> tally.warn("page " + skip.pageId(), "skipped: " + skip.reason()));
    List<ExistingItem> existing = service.target().existingItems();
    boolean remap = options.full() || service.journal().lastMappingFingerprint()
        .map(previous -> !previous.equals(fingerprint)).orElse(false);
    Triage triage = refuseForeign(planner.triage(rows, existing, remap, !options.only().isEmpty()));
    planner.guardMassDelete(triage, service.settings().massDeleteRatio(), options.allowMassDelete());
    triage.unchanged().forEach(page -> tally.count(ChangeAction.NOOP, true));
    total = triage.toLoad().size() + triage.toDelete().size();
    int size = service.settings().batchSize();
    for (int from = 0; from < triage.toLoad().size(); from += size) {
      checkDeadline();
      upsert(triage.toLoad().subList(from, Math.min(from + size, triage.toLoad().size())), triage);
    }
    for (int from = 0; from < triage.toDelete().size(); from += size) {
      checkDeadline();
      delete(triage.toDelete().subList(from, Math.min(from + size, triage.toDelete().size())));
    }
    if (!options.dryRun() && options.only().isEmpty() && tally.failures().isEmpty()) {
      service.journal().rememberMappingFingerprint(fingerprint);
    }
  }

  /**
   * New pages whose id already holds an item notion-wix did not create (the target lists managed items only, so a
   * hand-made item with a colliding id looks new): each fails as DATA, its body is not read and the item is left
   * untouched. One id lookup per 100 new pages; none when nothing is new.
   */
  private Triage refuseForeign(Triage triage) {
    List<String> fresh = triage.toLoad().stream().filter(load -> load.reason() == ChangeReason.NEW_PAGE)
        .map(load -> load.page().pageId()).toList();
    Set<String> foreign = fresh.isEmpty() ? Set.of()
        : service.target().currentData(fresh).keySet();
    if (foreign.isEmpty()) {
      return triage;
    }
    List<Triage.Load> toLoad = new ArrayList<>();
    for (Triage.Load load : triage.toLoad()) {
      if (foreign.contains(load.page().pageId())) {
        fail(load.page(), FailureKind.DATA, "the collection already holds an item with this id that notion-wix "
            + "did not create; it is left untouched");
      } else {
        toLoad.add(load);
      }
    }
    return new Triage(toLoad, triage.unchanged(), triage.toDelete(), triage.existing(), triage.collectionSize());
  }

  private void upsert(List<Triage.Load> batch, Triage triage) {
    listener.progress(runId, "fetch", done, total, tally.counts());
    List<DesiredItem> items = Parallel.map(batch, service.settings().concurrency(), this::load).stream()
        .filter(java.util.Objects::nonNull).toList();
    List<DesiredItem> unchanged = new ArrayList<>();
    List<PlannedChange> writes = plan(items, batch, triage, unchanged);
    done += batch.size();
    if (options.dryRun()) {
      unchanged.forEach(item -> tally.count(ChangeAction.NOOP, true));
      writes.forEach(change -> {
        tally.planned(change);
        tally.count(change.action(), true);
      });
    } else {
      List<MediaSource> needed = items.stream()
          .filter(item -> writes.stream().anyMatch(w -> w.itemId().equals(item.itemId())))
          .flatMap(item -> item.media().stream()).toList();
      List<MediaSource> all = new ArrayList<>(needed);
      unchanged.forEach(item -> all.addAll(item.media()));
      MediaStep.Resolved resolved = media.resolve(all);
      tally.imported(resolved.imported());
      resolved.warnings().forEach((pageId, warnings) -> warnings.forEach(w -> tally.warn(titleOf(items, pageId), w)));
      List<PlannedChange> allWrites = new ArrayList<>(writes);
      allWrites.addAll(repairs(unchanged, resolved.replaced()));
      listener.progress(runId, "apply", done, total, tally.counts());
      applier.save(runId, allWrites, resolved.media(), tally, listener);
    }
    listener.progress(runId, "apply", done, total, tally.counts());
  }

  /**
   * Unchanged items of a {@code --full} run that show a re-hosted file which was deleted from the media library
   * (and so was imported again): rewritten with the live file (MEDIA_REPLACED). The others stay NOOP.
   */
  private List<PlannedChange> repairs(List<DesiredItem> unchanged, Set<String> replaced) {
    List<DesiredItem> broken = unchanged.stream()
        .filter(item -> item.media().stream().anyMatch(m -> replaced.contains(m.sourceKey()))).toList();
    unchanged.stream().filter(item -> !broken.contains(item)).forEach(item -> tally.count(ChangeAction.NOOP, true));
    if (broken.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> before = service.target().currentData(
        broken.stream().map(DesiredItem::itemId).toList());
    return broken.stream().map(item -> planner.repairMedia(item, before.get(item.itemId()))).toList();
  }

  private DesiredItem load(Triage.Load load) {
    try {
      return service.source().load(load.page());
    } catch (SyncFailure failure) {
      if (failure.kind() != FailureKind.DATA) {
        throw failure;
      }
      fail(load.page(), failure.kind(), failure.getMessage());
      return null;
    }
  }

  /**
   * The batch's writes. NOOPs are counted here, except (on {@code --full}) those that show re-hosted media: they go
   * to {@code unchanged}, whose media is checked before they are counted ({@link #repairs}).
   */
  private List<PlannedChange> plan(List<DesiredItem> items, List<Triage.Load> batch, Triage triage,
      List<DesiredItem> unchanged) {
    List<String> changedIds = new ArrayList<>();
    for (DesiredItem item : items) {
      ExistingItem existing = triage.existing().get(item.itemId());
      item.warnings().forEach(w -> tally.warn(item.page().title(), w));
      if (existing != null && existing.managed() && !item.syncHash().equals(existing.syncHash())) {
        changedIds.add(item.itemId());
      }
    }
    Map<String, Map<String, Object>> before = changedIds.isEmpty() ? Map.of()
        : service.target().currentData(changedIds);
    List<PlannedChange> writes = new ArrayList<>();
    for (DesiredItem item : items) {
      ExistingItem existing = triage.existing().get(item.itemId());
      ChangeReason reason = batch.stream().filter(l -> l.page().pageId().equals(item.itemId()))
          .map(Triage.Load::reason).findFirst().orElse(ChangeReason.EDITED);
      PlannedChange change = planner.decide(item, existing, reason, before.get(item.itemId()));
      if (change.action() == ChangeAction.NOOP && options.full() && !item.media().isEmpty()) {
        unchanged.add(item);
      } else if (change.action() == ChangeAction.NOOP) {
        tally.count(ChangeAction.NOOP, true);
      } else {
        writes.add(change);
      }
    }
    return writes;
  }

  private void delete(List<ExistingItem> batch) {
    Map<String, Map<String, Object>> before = service.target().currentData(
        batch.stream().map(ExistingItem::itemId).toList());
    List<PlannedChange> changes = batch.stream().map(item -> planner.delete(item, before.get(item.itemId())))
        .toList();
    done += batch.size();
    if (options.dryRun()) {
      changes.forEach(change -> {
        tally.planned(change);
        tally.count(ChangeAction.DELETE, true);
      });
    } else {
      applier.remove(runId, changes, tally, listener);
    }
    listener.progress(runId, "apply", done, total, tally.counts());
  }

  private void fail(SourcePage page, FailureKind kind, String message) {
    ItemFailure failure = new ItemFailure(page.pageId(), page.title(), page.notionUrl(), kind, message);
    tally.fail(failure);
    listener.itemFailed(runId, failure);
  }

  private void checkDeadline() {
    Instant deadline = started.plus(service.settings().deadline());
    if (service.clock().instant().isAfter(deadline)) {
      throw new SyncFailure(FailureKind.TRANSIENT, "the run deadline of " + service.settings().deadline()
          + " passed after " + done + " of " + total + " changes; the next run continues where this one stopped");
    }
  }

  private static String titleOf(List<DesiredItem> items, String pageId) {
    return items.stream().filter(i -> i.itemId().equals(pageId)).map(i -> i.page().title()).findFirst()
        .orElse(pageId);
  }
}
