package io.wiredchaos.notionwix.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunEventsTest {

  /** Open dashboards must not hold up a graceful shutdown: closing the context ends every stream. */
  @Test
  void closingTheServiceEndsEveryOpenStream() {
    RunEvents events = new RunEvents();
    events.subscribe();
    events.subscribe();
    assertThat(events.subscribers()).isEqualTo(2);
    events.closeStreams();
    assertThat(events.subscribers()).isZero();
  }
}
