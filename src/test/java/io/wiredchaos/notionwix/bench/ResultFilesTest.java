package io.wiredchaos.notionwix.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFilesTest {

  private static ScenarioResult initial(ScenarioResult.Peer peer) {
    return new ScenarioResult("initial-1k", "first sync", 1000, 40_000, 1400.0, 1337.0, 1.05, 4020, 215, 4011, 203,
        3, 0, 0, "SUCCESS", List.of(1000, 0, 0, 0, 0), 100, 120, 330, 46, 9, "256m", peer, "collection correct");
  }

  @Test
  void aPeerStoppedWhenOurSyncFinishedShowsHowFarItGotAndItsProjection() {
    var stopped = new ScenarioResult.Peer(1410.0, 4300, 200, 0, 1.26, 840, 1000, true, 1678.6, PeerRun.TOOL, "");
    String table = ResultFiles.markdown(List.of(initial(stopped)));
    assertThat(table).contains("stopped at 1410.0 s with 840 of 1000 pages read: ≈ 1679 s projected (1.26)")
        .contains("4300 req, 200 × 429");
  }

  @Test
  void aPeerThatFinishedShowsItsWallAndRatio() {
    var finished = new ScenarioResult.Peer(1728.4, 5288, 278, 0, 1.29, 1000, 1000, false, 1728.4, PeerRun.TOOL, "");
    assertThat(ResultFiles.markdown(List.of(initial(finished)))).contains("| 1728.4 s (1.29), 5288 req, 278 × 429 |");
  }

  @Test
  void theWixFloorCountsManagedItemsOnly() {
    // nochange-10k: 10,000 managed items (hand-made ones are not read): 1 collection + 10 query pages
    RequestFloor floor = RequestFloor.of(10_000, 0, 10_000, 0, 0, 0, 3, 200);
    assertThat(floor.notionMin()).isEqualTo(101);
    assertThat(floor.wixMin()).isEqualTo(11);
    assertThat(floor.seconds()).isEqualTo(101 / 3.0);
  }
}
