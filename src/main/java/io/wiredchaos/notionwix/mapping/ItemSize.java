package io.wiredchaos.notionwix.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps an item under Wix's 500 kb item limit (wix.md §2.3, WDE0009). The body dominates, so when the item is
 * too big the trailing top-level nodes of the Ricos {@code content} are replaced by one note paragraph and a
 * {@code CONTENT_TRUNCATED} warning: never cut silently.
 */
final class ItemSize {

  /** Budget in UTF-8 bytes of the item's JSON, with headroom under 500 kb for ids and system fields. */
  static final int BUDGET = 450_000;

  private ItemSize() {}

  /** The Ricos document of the item (the first body field holding one), or null: what {@link #fit} cuts. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> body(ItemDraft draft) {
    for (FieldRule rule : draft.ctx.mapping().fields()) {
      if (rule.source() == FieldSource.BODY && draft.data.get(rule.key()) instanceof Map<?, ?> document) {
        return (Map<String, Object>) document;
      }
    }
    return null;
  }

  /**
   * @param digest the item's hash pass, with {@link #body} measured (its size, a few hundred bytes more than the
   *     item sent without bookkeeping, stays inside the headroom)
   * @return how many of the body's top-level nodes were kept (a note node follows them), or -1 when nothing was cut
   */
  @SuppressWarnings("unchecked")
  static int fit(ItemDraft draft, SyncHash.Digest digest) {
    long size = digest.size();
    if (size <= BUDGET) {
      return -1;
    }
    Map<String, Object> document = body(draft);
    if (document == null) {
      draft.warn("ITEM_TOO_LARGE", "item is " + size + " bytes, over Wix's 500 kb limit; Wix will reject it");
      return -1;
    }
    List<Object> nodes = new ArrayList<>((List<Object>) document.get("nodes"));
    long[] sizes = digest.bodyNodes();
    int kept = nodes.size();
    long documentBytes = digest.bodyBytes() >= 0 ? digest.bodyBytes() : SyncHash.size(document);
    long excess = size - BUDGET + 200;
    while (kept > 0 && excess > 0) {
      kept--;
      excess -= sizes != null && sizes.length == nodes.size() ? sizes[kept] : SyncHash.size(nodes.get(kept));
    }
    List<Object> fitted = new ArrayList<>(nodes.subList(0, kept));
    fitted.add(io.wiredchaos.notionwix.mapping.content.Ricos.paragraph("size-note", List.of(
        io.wiredchaos.notionwix.mapping.content.Ricos.text("size-note-t0",
            "[The rest of this page is too long for the site; read it in Notion.]", List.of()))));
    document.put("nodes", fitted);
    draft.warn("CONTENT_TRUNCATED", "body is " + documentBytes + " bytes; the last " + (nodes.size() - kept)
        + " of " + nodes.size() + " top-level blocks were left out to stay under Wix's 500 kb item limit");
    return kept;
  }
}
