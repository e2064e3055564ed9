package io.wiredchaos.notionwix.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Instant now = Instant.parse("2026-11-25T05:00:00Z");

  @Test
  void readsSecondsAndDates() {
    assertThat(RetryAfter.parse("23", now)).isEqualTo(Duration.ofSeconds(23));
    assertThat(RetryAfter.parse(" 300 ", now)).isEqualTo(Duration.ofSeconds(300));
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 05:01:30 GMT", now)).isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("Wed, 25 Nov 2026 04:00:00 GMT", now)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse(null, now)).isNull();
    assertThat(RetryAfter.parse("soon", now)).isNull();
    assertThat(RetryAfter.parse("-5", now)).isNull();
  }
}
