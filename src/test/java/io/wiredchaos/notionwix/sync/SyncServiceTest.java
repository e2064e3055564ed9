package io.wiredchaos.notionwix.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncServiceTest {

  static final Instant EDITED = Instant.parse("2026-11-20T10:00:00Z");
  MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
  FakeSource source = new FakeSource();
  FakeTarget target = new FakeTarget(clock);
  MemoryJournal journal = new MemoryJournal();
  boolean lockHeld;
  SyncService service;

  @BeforeEach
  void setUp() {
    for (int i = 1; i <= 10; i++) {
      source.put("page-" + i, "Article " + i, "body " + i, EDITED);
    }
    target.handMade("hand-1", "Hand-made landing page");
    RunLock lock = new RunLock() {
      @Override
      public <T> Optional<T> runExclusively(java.util.function.Supplier<T> work) {
        return lockHeld ? Optional.empty() : Optional.of(work.get());
      }
    };
    AtomicInteger ids = new AtomicInteger();
    service = new SyncService(source, target, journal, lock, clock,
        new EngineSettings(Duration.ofMinutes(30), 0.2, 4, 3), () -> RequestStats.NONE,
        () -> "r-" + ids.incrementAndGet());
  }

  RunReport run() {
    return run(new RunOptions("cli", false, false, Set.of(), false, false));
  }

  RunReport run(RunOptions options) {
    clock.advance(Duration.ofMinutes(5));
    return service.run(options, RunListener.NONE);
  }

  @Test
  void firstRunCreatesEveryPublishedPageAndLeavesHandMadeItemsAlone() {
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(report.counts()).isEqualTo(new RunCounts(10, 0, 0, 0, 0));
    assertThat(target.items).hasSize(11).containsKey("hand-1");
    assertThat(target.items.get("hand-1")).containsEntry("title", "Hand-made landing page").hasSize(1);
    assertThat(target.saveRequests).as("10 items in batches of 4").isEqualTo(3);
  }

  @Test
  void secondRunWithNothingChangedReadsNoBodyAndWritesNothing() {
    run();
    int loads = source.loads.get();
    int saves = target.saveRequests;
    RunReport again = run();
    assertThat(again.counts()).isEqualTo(new RunCounts(0, 0, 0, 10, 0));
    assertThat(source.loads.get()).isEqualTo(loads);
    assertThat(target.saveRequests).isEqualTo(saves);
    assertThat(target.removeRequests).isZero();
  }

  @Test
  void anEditUpdatesExactlyThatItemWithItsFieldDiffJournaled() {
    run();
    source.put("page-3", "Article 3, revised", "body 3", EDITED.plus(Duration.ofHours(1)));
    RunReport report = run();
    assertThat(report.counts()).isEqualTo(new RunCounts(0, 1, 0, 9, 0));
    assertThat(target.items.get("page-3")).containsEntry("title", "Article 3, revised");
    RecordedChange change = journal.changes(report.runId()).getFirst();
    assertThat(change.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(change.outcome()).isEqualTo("APPLIED");
    assertThat(change.before()).containsEntry("title", "Article 3");
  }

  @Test
  void anEditThatLeavesTheMappedContentEqualIsANoop() {
    run();
    source.put("page-4", "Article 4", "body 4", EDITED.plus(Duration.ofHours(2)));
    RunReport report = run();
    assertThat(source.loads.get()).isEqualTo(11);
    assertThat(report.counts().written()).isZero();
  }

  @Test
  void aSameMinuteEditAfterOurWriteIsNotMissed() {
    Instant editMinute = clock.instant().plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    source.put("page-1", "Article 1", "body 1", editMinute);
    run();
    // Edited again within the same minute: Notion keeps the same rounded last_edited_time.
    source.put("page-1", "Article 1", "body 1 with a late fix", editMinute);
    RunReport report = run();
    assertThat(report.counts().updated()).isEqualTo(1);
    assertThat(target.items.get("page-1")).containsEntry("content", "body 1 with a late fix");
  }

  @Test
  void unpublishedPagesAreDeletedButOnlyItemsWeCreated() {
    run();
    source.unpublish("page-2");
    RunReport report = run();
    assertThat(report.counts().deleted()).isEqualTo(1);
    assertThat(target.items).doesNotContainKey("page-2").containsKey("hand-1");
  }

  @Test
  void aRunThatWouldDeleteMostOfTheCollectionStopsBeforeWritingUnlessAllowed() {
    run();
    for (int i = 1; i <= 6; i++) {
      source.unpublish("page-" + i);
    }
    source.put("page-new", "New", "fresh", EDITED);
    RunReport refused = run();
    assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(refused.failureKind()).isEqualTo(FailureKind.CONFIG);
    assertThat(refused.errorSummary()).contains("would delete 6 of the 10 items notion-wix manages").contains("--allow-mass-delete");
    assertThat(target.items).hasSize(11).doesNotContainKey("page-new");

    RunReport allowed = run(new RunOptions("cli", false, false, Set.of(), true, false));
    assertThat(allowed.counts().deleted()).isEqualTo(6);
    assertThat(target.items).hasSize(6);
  }

  @Test
  void aRejectedItemIsReportedByTitleAndTheRestIsApplied() {
    target.rejecting.add("page-5");
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(report.counts().created()).isEqualTo(9);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.title()).isEqualTo("Article 5");
      assertThat(f.message()).contains("WDE0080");
    });
    assertThat(report.errorSummary()).contains("Article 5");
  }

  @Test
  void aHandMadeItemWhoseIdANewPageWouldTakeIsLeftUntouchedAndThePageIsNotRead() {
    target.handMade("page-4", "Hand-made item with a colliding id");
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(report.counts().created()).isEqualTo(9);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.title()).isEqualTo("Article 4");
      assertThat(f.kind()).isEqualTo(FailureKind.DATA);
      assertThat(f.message()).contains("did not create").contains("left untouched");
    });
    assertThat(target.items.get("page-4")).containsEntry("title", "Hand-made item with a colliding id").hasSize(1);
    assertThat(source.loads.get()).as("the colliding page's body is not read").isEqualTo(9);
  }

  @Test
  void transientItemFailuresAreSentOnceMore() {
    target.transientOnce = 2;
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(target.items).hasSize(11);
  }

  @Test
  void aPageWhoseBodyFailsToLoadIsAFailedItemNotAFailedRun() {
    source.failing.add("page-7");
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(report.counts().created()).isEqualTo(9);
  }

  @Test
  void dryRunPlansEverythingAndWritesNothing() {
    RunReport report = run(new RunOptions("cli", true, false, Set.of(), false, false));
    assertThat(report.plan()).hasSize(10).allMatch(c -> c.action() == ChangeAction.CREATE);
    assertThat(report.counts().created()).isEqualTo(10);
    assertThat(target.items).hasSize(1);
    assertThat(target.saveRequests).isZero();
  }

  @Test
  void aConfigurationFailureBeforeWritingFailsTheRunWithItsKind() {
    source.prepareFailure = new SyncFailure(FailureKind.CONFIG, "share the database with your integration");
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(report.failureKind()).isEqualTo(FailureKind.CONFIG);
    assertThat(report.errorSummary()).contains("share the database");
    assertThat(target.saveRequests).isZero();
    assertThat(journal.runs).containsKey(report.runId());
  }

  @Test
  void aHeldLockSkipsTheRun() {
    lockHeld = true;
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.SKIPPED_LOCKED);
    assertThat(target.saveRequests).isZero();
  }

  @Test
  void aMappingChangeRereadsEveryBody() {
    run();
    source.fingerprint = "mapping-v2";
    RunReport report = run();
    assertThat(source.loads.get()).isEqualTo(20);
    assertThat(report.counts().updated()).isEqualTo(10);
  }

  @Test
  void imagesAreImportedOnceAcrossRunsAndExpiredUrlsRefreshed() {
    MediaSource image = new MediaSource("s3/cover.png", "https://files/cover.png?sig=1", "page-1", "block-1");
    source.put(new FakeSource.Page("page-1", "Article 1", "body", EDITED, true, List.of(image)));
    target.expiredUrls.add(image.url());
    RunReport first = run();
    assertThat(first.imagesImported()).isEqualTo(1);
    assertThat(source.refreshes).isEqualTo(1);
    assertThat(target.items.get("page-1").get("images")).isEqualTo(List.of("s3/cover.png"));

    source.put(new FakeSource.Page("page-1", "Article 1", "body, edited", EDITED.plusSeconds(3600), true,
        List.of(image)));
    int imports = target.imports;
    RunReport second = run();
    assertThat(second.counts().updated()).isEqualTo(1);
    assertThat(target.imports).as("known from the journal").isEqualTo(imports);
  }

  @Test
  void aFullRunReimportsACachedFileDeletedFromTheLibraryAndRewritesOnlyItsItem() {
    MediaSource image = new MediaSource("s3/cover.png", "https://files/cover.png?sig=1", "page-1", "block-1");
    source.put(new FakeSource.Page("page-1", "Article 1", "body", EDITED, true, List.of(image)));
    source.put(new FakeSource.Page("page-2", "Article 2", "body", EDITED, true, List.of()));
    run();
    int saves = target.saveRequests;
    assertThat(run().counts().written()).isZero();
    assertThat(target.mediaChecks).as("nothing written, nothing checked").isZero();

    RunReport untouched = run(new RunOptions("cli", false, true, Set.of(), false, false));
    assertThat(untouched.counts().written()).as("file still there").isZero();
    assertThat(target.mediaChecks).isEqualTo(1);

    target.deleteMedia("s3/cover.png");
    RunReport full = run(new RunOptions("cli", false, true, Set.of(), false, false));
    assertThat(full.counts().updated()).isEqualTo(1);
    assertThat(full.counts().written()).as("only the item showing the file").isEqualTo(1);
    assertThat(full.imagesImported()).isEqualTo(1);
    assertThat(target.mediaChecks).isEqualTo(2);
    assertThat(target.saveRequests).isEqualTo(saves + 1);
    assertThat(journal.changes(full.runId())).singleElement()
        .satisfies(c -> assertThat(c.reason()).isEqualTo(ChangeReason.MEDIA_REPLACED));
  }

  @Test
  void aBrokenImageIsAWarningOnItsItem() {
    MediaSource image = new MediaSource("s3/broken.png", "https://files/broken.png", "page-1", "block-9");
    source.put(new FakeSource.Page("page-1", "Article 1", "body", EDITED, true, List.of(image)));
    target.brokenMedia.add("s3/broken.png");
    RunReport report = run();
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
    assertThat(report.warnings()).anyMatch(w -> w.contains("Article 1") && w.contains("block-9"));
    assertThat(target.items).containsKey("page-1");
  }

  @Test
  void theDeadlineStopsARunBetweenBatches() {
    Source slow = new DelegatingSource(source, () -> clock.advance(Duration.ofMinutes(4)));
    service = new SyncService(slow, target, journal, new RunLock() {
      @Override
      public <T> Optional<T> runExclusively(java.util.function.Supplier<T> work) {
        return Optional.of(work.get());
      }
    }, clock, new EngineSettings(Duration.ofMinutes(30), 0.2, 4, 1), () -> RequestStats.NONE, () -> "r-y");
    RunReport report = service.run(new RunOptions("cli", false, false, Set.of(), false, false), RunListener.NONE);
    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(report.failureKind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(report.errorSummary()).contains("deadline");
    assertThat(target.items.size()).isBetween(2, 10);
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** A source whose every body read takes simulated time. */
  record DelegatingSource(Source delegate, Runnable onLoad) implements Source {
    public SourceSchema prepare() { return delegate.prepare(); }
    public List<SourcePage> publishedPages(Set<String> only) { return delegate.publishedPages(only); }
    public DesiredItem load(SourcePage page) { onLoad.run(); return delegate.load(page); }
    public String refreshMediaUrl(MediaSource media) { return delegate.refreshMediaUrl(media); }
  }
}
