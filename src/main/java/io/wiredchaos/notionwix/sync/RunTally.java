package io.wiredchaos.notionwix.sync;

import java.util.ArrayList;
import java.util.List;

/** What a run has done so far; the one mutable piece of a run, confined to it. */
final class RunTally {

  /** Warnings kept in a report; the rest are counted. */
  static final int MAX_WARNINGS = 200;

  private RunCounts counts = RunCounts.ZERO;
  private int imagesImported;
  private int warningsDropped;
  private final List<ItemFailure> failures = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<PlannedChange> plan = new ArrayList<>();

  synchronized void count(ChangeAction action, boolean ok) {
    counts = counts.plus(action, ok);
  }

  synchronized void fail(ItemFailure failure) {
    counts = counts.plus(ChangeAction.NOOP, false);
    failures.add(failure);
  }

  synchronized void warn(String pageTitle, String warning) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(pageTitle + ": " + warning);
    } else {
      warningsDropped++;
    }
  }

  synchronized void imported(int images) {
    imagesImported += images;
  }

  synchronized void planned(PlannedChange change) {
    plan.add(change);
  }

  synchronized RunCounts counts() {
    return counts;
  }

  synchronized int imagesImported() {
    return imagesImported;
  }

  synchronized List<ItemFailure> failures() {
    return List.copyOf(failures);
  }

  synchronized List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    if (warningsDropped > 0) {
      all.add("… and " + warningsDropped + " more warnings");
    }
    return all;
  }

  synchronized List<PlannedChange> plan() {
    return List.copyOf(plan);
  }

  /** The most severe failure kind among items, or null. */
  synchronized FailureKind worstItemKind() {
    return failures.stream().map(ItemFailure::kind).min(Enum::compareTo).orElse(null);
  }
}
