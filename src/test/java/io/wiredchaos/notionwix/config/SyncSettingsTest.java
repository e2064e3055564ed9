package io.wiredchaos.notionwix.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SYNC_STALE_AFTER defaults to twice the schedule (issue #7). */
class SyncSettingsTest {

  static SyncSettings with(String schedule, Duration staleAfter) {
    return new SyncSettings(Duration.ofMinutes(30), 0.2, null, schedule, staleAfter, false, 0.2);
  }

  @Test
  void unsetStaleAfterIsTwiceTheSchedulesLongestGap() {
    assertThat(with("0 */15 * * * *", null).staleAfter()).isEqualTo(Duration.ofMinutes(30));
    assertThat(with("0 0 * * * *", null).staleAfter()).isEqualTo(Duration.ofHours(2));
    assertThat(with("0 0 9 * * MON-FRI", null).staleAfter()).as("Friday to Monday").isEqualTo(Duration.ofDays(6));
  }

  @Test
  void withoutAScheduleItIsThirtyMinutesAndASetValueWins() {
    assertThat(with("off", null).staleAfter()).isEqualTo(Duration.ofMinutes(30));
    assertThat(with("0 */15 * * * *", Duration.ofHours(3)).staleAfter()).isEqualTo(Duration.ofHours(3));
  }
}
