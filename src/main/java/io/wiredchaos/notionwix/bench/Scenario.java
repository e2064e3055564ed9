package io.wiredchaos.notionwix.bench;

import java.util.List;
import java.util.Optional;

/**
 * One benchmark case.
 *
 * @param name the command-line name
 * @param pages rows in the generated database
 * @param shape standard ~40-block pages or the one 5,000-block page
 * @param preload the sandbox's Wix collection is filled (unpaced) by a sync before the measured run
 * @param keepState the measured run keeps the preload's state directory; false: an empty one (stateless path)
 * @param editedEvery every n-th page is edited before the measured run (0: none)
 * @param unpublishedEvery every n-th page is set to Draft before the measured run (0: none)
 * @param storm 10 % of requests answered 429 with {@code Retry-After: 2}, 1 % answered 500/503
 * @param notionPerSecond Notion's average budget (sandbox window = this × 60 per minute; the client is set alike)
 * @param peer also run the open-source peer path on the same data
 * @param what one line for the report
 */
record Scenario(String name, int pages, GeneratedContent.Shape shape, boolean preload, boolean keepState,
    int editedEvery, int unpublishedEvery, boolean storm, double notionPerSecond, boolean peer, String what) {

  static final double NOTION_PER_SECOND = 3;
  static final int WIX_PER_MINUTE = 200;

  static final List<Scenario> ALL = List.of(
      new Scenario("smoke", 100, GeneratedContent.Shape.STANDARD, false, false, 0, 0, false, 10, false,
          "100 pages, first sync; Notion at 10/s (the Business-plan budget) so CI stays under a minute"),
      new Scenario("initial-1k", 1_000, GeneratedContent.Shape.STANDARD, false, false, 0, 0, false,
          NOTION_PER_SECOND, true, "1,000 pages, first sync into an empty collection"),
      new Scenario("nochange-10k", 10_000, GeneratedContent.Shape.STANDARD, true, false, 0, 0, false,
          NOTION_PER_SECOND, false, "10,000 pages already in sync, empty state directory"),
      new Scenario("incremental-10k", 10_000, GeneratedContent.Shape.STANDARD, true, true, 100, 500, false,
          NOTION_PER_SECOND, false, "10,000 pages in sync, then 1 % edited and 0.2 % unpublished"),
      new Scenario("big-page", 1, GeneratedContent.Shape.BIG, false, false, 0, 0, false, NOTION_PER_SECOND, false,
          "one page of 5,000 blocks, six levels deep"),
      new Scenario("storm", 1_000, GeneratedContent.Shape.STANDARD, false, false, 0, 0, true, NOTION_PER_SECOND,
          false, "initial-1k with 10 % 429 (Retry-After: 2) and 1 % 5xx"),
      new Scenario("peer-1k", 1_000, GeneratedContent.Shape.STANDARD, false, false, 0, 0, false, NOTION_PER_SECOND,
          true, "only the peer path on the initial-1k data"));

  static Optional<Scenario> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  boolean peerOnly() {
    return name.equals("peer-1k");
  }

  boolean edited(int index) {
    return editedEvery > 0 && index % editedEvery == editedEvery / 2;
  }

  boolean unpublished(int index) {
    return unpublishedEvery > 0 && index % unpublishedEvery == 1;
  }
}
