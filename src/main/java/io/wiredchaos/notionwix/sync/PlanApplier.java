package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch of planned changes: journal first (with before-images, so a crash leaves a trace and every
 * change can be undone), then one bulk request, then each item's outcome. One item's failure is recorded and
 * reported; it never stops the batch. Items whose failure is TRANSIENT are sent once more.
 */
final class PlanApplier {

  private final Target target;
  private final Journal journal;

  PlanApplier(Target target, Journal journal) {
    this.target = target;
    this.journal = journal;
  }

  void save(String runId, List<PlannedChange> changes, Map<String, ImportedMedia> media, RunTally tally,
      RunListener listener) {
    if (changes.isEmpty()) {
      return;
    }
    journal.recordPlanned(runId, changes);
    List<ItemWrite> writes = changes.stream().map(c -> new ItemWrite(c.itemId(), c.after(), media)).toList();
    List<ItemResult> results = retryTransient(writes, target.save(writes), target::save, ItemWrite::itemId);
    finish(runId, changes, results, tally, listener);
  }

  void remove(String runId, List<PlannedChange> changes, RunTally tally, RunListener listener) {
    if (changes.isEmpty()) {
      return;
    }
    journal.recordPlanned(runId, changes);
    List<String> ids = changes.stream().map(PlannedChange::itemId).toList();
    List<ItemResult> results = retryTransient(ids, target.remove(ids), target::remove, id -> id);
    finish(runId, changes, results, tally, listener);
  }

  private static <W> List<ItemResult> retryTransient(List<W> sent, List<ItemResult> first,
      java.util.function.Function<List<W>, List<ItemResult>> send, java.util.function.Function<W, String> id) {
    List<W> again = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      if (!first.get(i).ok() && first.get(i).kind() == FailureKind.TRANSIENT) {
        again.add(sent.get(i));
      }
    }
    if (again.isEmpty()) {
      return first;
    }
    Map<String, ItemResult> retried = new HashMap<>();
    send.apply(again).forEach(r -> retried.put(r.itemId(), r));
    return first.stream().map(r -> retried.getOrDefault(r.itemId(), r)).toList();
  }

  private void finish(String runId, List<PlannedChange> changes, List<ItemResult> results, RunTally tally,
      RunListener listener) {
    journal.recordOutcomes(runId, results);
    Map<String, ItemResult> byId = new HashMap<>();
    results.forEach(r -> byId.put(r.itemId(), r));
    for (PlannedChange change : changes) {
      ItemResult result = byId.get(change.itemId());
      if (result != null && result.ok()) {
        tally.count(change.action(), true);
      } else {
        ItemFailure failure = new ItemFailure(change.pageId(), change.title(), change.notionUrl(),
            result == null ? FailureKind.BUG : result.kind(),
            result == null ? "no result for this item in the bulk answer" : result.message());
        tally.fail(failure);
        listener.itemFailed(runId, failure);
      }
    }
  }
}
