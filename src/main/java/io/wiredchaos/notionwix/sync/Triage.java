package io.wiredchaos.notionwix.sync;

import java.util.List;
import java.util.Map;

/**
 * The cheap first half of a plan, decided from rows and projected items alone (no bodies read yet).
 *
 * @param toLoad pages whose bodies must be read, with the reason they would change
 * @param unchanged pages whose items are current (NOOP without reading the body)
 * @param toDelete managed items whose page is no longer published (only for full-scope runs)
 * @param existing managed items by id
 * @param collectionSize items notion-wix manages in the collection (the base of the mass-delete guard)
 */
public record Triage(
    List<Load> toLoad, List<SourcePage> unchanged, List<ExistingItem> toDelete, Map<String, ExistingItem> existing,
    int collectionSize) {

  /** A page to read and the reason it is read. */
  public record Load(SourcePage page, ChangeReason reason) {}
}
