package io.wiredchaos.notionwix.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pure planning: which pages to read, and what each item needs. Deterministic: the same inputs give the same
 * plan.
 */
public final class SyncPlanner {

  /**
   * Notion rounds {@code last_edited_time} down to the minute (notion.md §7): an edit made in the same minute as
   * our last write keeps the same timestamp. Items written less than this long after their page's edit minute
   * are re-read until a write settles them.
   */
  static final Duration SAME_MINUTE = Duration.ofMinutes(1);

  /**
   * Decides which bodies to read. A page is read when it has no item, its edit time moved, its item lacks a
   * hash, the item may have missed a same-minute edit, or {@code reReadAll}. Deletions are planned only when the
   * run covers every page ({@code scoped} false): items this product created whose page is not published.
   */
  public Triage triage(List<SourcePage> rows, List<ExistingItem> items, boolean reReadAll, boolean scoped) {
    Map<String, ExistingItem> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(item.itemId(), item));
    List<Triage.Load> toLoad = new ArrayList<>();
    List<SourcePage> unchanged = new ArrayList<>();
    Set<String> published = new HashSet<>();
    for (SourcePage row : rows) {
      published.add(row.pageId());
      ExistingItem item = byId.get(row.pageId());
      if (item == null) {
        toLoad.add(new Triage.Load(row, ChangeReason.NEW_PAGE));
      } else if (reReadAll) {
        toLoad.add(new Triage.Load(row, ChangeReason.REMAPPED));
      } else if (mayHaveChanged(row, item)) {
        toLoad.add(new Triage.Load(row, ChangeReason.EDITED));
      } else {
        unchanged.add(row);
      }
    }
    List<ExistingItem> toDelete = scoped ? List.of() : items.stream()
        .filter(ExistingItem::managed)
        .filter(item -> !published.contains(item.notionPageId()))
        .toList();
    return new Triage(toLoad, unchanged, toDelete, byId, items.size());
  }

  private static boolean mayHaveChanged(SourcePage row, ExistingItem item) {
    if (item.syncHash() == null || item.notionLastEdited() == null || row.lastEdited() == null) {
      return true;
    }
    if (row.lastEdited().isAfter(item.notionLastEdited())) {
      return true;
    }
    return item.writtenAt() == null || item.writtenAt().isBefore(row.lastEdited().plus(SAME_MINUTE));
  }

  /**
   * Refuses a run that would delete more than {@code maxRatio} of the managed items unless allowed: a wrong filter,
   * a revoked share or an emptied database must not wipe the site.
   */
  public void guardMassDelete(Triage triage, double maxRatio, boolean allowed) {
    int deletions = triage.toDelete().size();
    if (allowed || deletions == 0 || triage.collectionSize() == 0) {
      return;
    }
    double ratio = (double) deletions / triage.collectionSize();
    if (ratio > maxRatio) {
      throw new SyncFailure(FailureKind.CONFIG, String.format(
          "this run would delete %d of the %d items notion-wix manages (%.0f%%, limit %.0f%%); nothing was written."
              + " If that is intended (pages unpublished or trashed on purpose), run again with --allow-mass-delete; otherwise check"
              + " the database id, the publish filter and that the database is still shared with the integration",
          deletions, triage.collectionSize(), ratio * 100, maxRatio * 100));
    }
  }

  /** CREATE, UPDATE or NOOP for a mapped page; {@code before} is the stored data (null when there is none). */
  public PlannedChange decide(DesiredItem desired, ExistingItem existing, ChangeReason reason,
      Map<String, Object> before) {
    SourcePage page = desired.page();
    if (existing == null) {
      return change(page, ChangeAction.CREATE, ChangeReason.NEW_PAGE, null, desired.data());
    }
    if (desired.syncHash().equals(existing.syncHash())) {
      return change(page, ChangeAction.NOOP, ChangeReason.UNCHANGED, null, null);
    }
    return change(page, ChangeAction.UPDATE, reason == ChangeReason.NEW_PAGE ? ChangeReason.EDITED : reason,
        before, desired.data());
  }

  /** UPDATE of an unchanged item whose re-hosted media was deleted from the library and imported again. */
  public PlannedChange repairMedia(DesiredItem desired, Map<String, Object> before) {
    return change(desired.page(), ChangeAction.UPDATE, ChangeReason.MEDIA_REPLACED, before, desired.data());
  }

  /** DELETE of a managed item whose page is no longer published. */
  public PlannedChange delete(ExistingItem item, Map<String, Object> before) {
    return new PlannedChange(item.itemId(), item.notionPageId(), item.title(), null, ChangeAction.DELETE,
        ChangeReason.NOT_PUBLISHED, before, null, fieldChanges(before, null));
  }

  private static PlannedChange change(SourcePage page, ChangeAction action, ChangeReason reason,
      Map<String, Object> before, Map<String, Object> after) {
    return new PlannedChange(page.pageId(), page.pageId(), page.title(), page.notionUrl(), action, reason, before,
        after, action == ChangeAction.NOOP ? List.of() : fieldChanges(before, after));
  }

  /** Fields whose values differ, in name order; system fields ({@code _id}, {@code _updatedDate}…) ignored. */
  public static List<FieldChange> fieldChanges(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> from = before == null ? Map.of() : before;
    Map<String, Object> to = after == null ? Map.of() : after;
    Set<String> names = new TreeSet<>(from.keySet());
    names.addAll(to.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith("_")) {
        continue;
      }
      Object a = from.get(name);
      Object b = to.get(name);
      if (!java.util.Objects.equals(a, b)) {
        changes.add(new FieldChange(name, a, b));
      }
    }
    return changes;
  }
}
