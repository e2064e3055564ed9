package io.wiredchaos.notionwix.bench;

/**
 * The least time the APIs' budgets allow for a job: {@code floor = max(notionMin ÷ notionRate,
 * wixMin ÷ (wixPerMinute ÷ 60))}, where the minimums count only the requests the job cannot do without:
 *
 * <ul>
 *   <li>Notion: 1 (retrieve the data source: its schema) + ⌈rows ÷ 100⌉ query pages + for every page whose
 *       body must be read, one children list per 100 top-level blocks and one per 100 children of every container
 *       block.
 *   <li>Wix: 1 (read the collection) + ⌈max(managed items, 1) ÷ 1,000⌉ item queries (hand-made items are not
 *       read) + ⌈writes ÷ 1,000⌉ bulk saves + ⌈deletions ÷ 1,000⌉ bulk removes + 2 per new image (import, one status
 *       read once it is READY). The id check of new pages against hand-made items (⌈new ÷ 100⌉) is not counted: a
 *       client using bulk insert could do without it.
 * </ul>
 *
 * Retries, rate-limit waits, lookups a cleverer client could skip, and the 180-request burst are not credited: the
 * floor is the sustained rate. A run may therefore come in under its floor when most of it fits in the burst.
 */
record RequestFloor(long notionMin, long wixMin, double notionPerSecond, int wixPerMinute) {

  static RequestFloor of(long pagesQueried, long bodyReadCalls, long existingItems, long writes, long deletions,
      long newImages, double notionPerSecond, int wixPerMinute) {
    long notion = 1 + ceil(pagesQueried, 100) + bodyReadCalls;
    long wix = 1 + ceil(Math.max(existingItems, 1), 1_000) + ceil(writes, 1_000) + ceil(deletions, 1_000)
        + 2 * newImages;
    return new RequestFloor(notion, wix, notionPerSecond, wixPerMinute);
  }

  double seconds() {
    return Math.max(notionMin / notionPerSecond, wixMin / (wixPerMinute / 60.0));
  }

  private static long ceil(long n, long per) {
    return (n + per - 1) / per;
  }
}
