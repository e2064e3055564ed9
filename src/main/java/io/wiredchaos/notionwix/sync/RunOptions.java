package io.wiredchaos.notionwix.sync;

import java.util.Set;

/**
 * How one run behaves.
 *
 * @param trigger who started it: {@code cli}, {@code schedule}, {@code manual}, {@code webhook}
 * @param dryRun plan only, write nothing
 * @param full re-read every body
 * @param only page ids to sync; empty means all (deletions are planned only for full-scope runs)
 * @param allowMassDelete allow deleting more than {@code massDeleteRatio} of the managed items
 * @param createCollection create the Wix collection when it is missing
 */
public record RunOptions(
    String trigger, boolean dryRun, boolean full, Set<String> only, boolean allowMassDelete,
    boolean createCollection) {

  public RunOptions {
    only = only == null ? Set.of() : Set.copyOf(only);
  }

  public static RunOptions scheduled() {
    return new RunOptions("schedule", false, false, Set.of(), false, false);
  }
}
