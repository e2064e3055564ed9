package io.wiredchaos.notionwix.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Who gets a one-time admin token: only a loopback bind without SYNC_ADMIN_TOKEN. */
class AdminTokenTest {

  private final AtomicInteger drawn = new AtomicInteger();
  private final Supplier<String> generator = () -> "generated-" + drawn.incrementAndGet();

  @Test
  void aLoopbackBindWithoutAConfiguredTokenGetsAOneTimeToken() {
    for (String loopback : new String[] {"127.0.0.1", "127.0.1.1", "::1", "localhost"}) {
      AdminToken token = AdminToken.resolve(null, loopback, generator);
      assertThat(token.enabled()).as(loopback).isTrue();
      assertThat(token.oneTime()).as(loopback).contains(token.value());
    }
    assertThat(AdminToken.resolve("  ", "127.0.0.1", generator).oneTime()).isPresent();
  }

  @Test
  void aNonLoopbackBindWithoutAConfiguredTokenHasNoneSoMutationsStayRefused() {
    for (String open : new String[] {"0.0.0.0", "::", "", "  ", "192.0.2.10", "no-such-host.invalid"}) {
      AdminToken token = AdminToken.resolve("", open, generator);
      assertThat(token.enabled()).as(open).isFalse();
      assertThat(token.oneTime()).as(open).isEmpty();
    }
    assertThat(AdminToken.resolve(null, null, generator).enabled()).isFalse();
    assertThat(drawn).hasValue(0);
  }

  @Test
  void aConfiguredTokenWinsAndIsNeverReportedAsOneTime() {
    for (String bind : new String[] {"127.0.0.1", "0.0.0.0"}) {
      AdminToken token = AdminToken.resolve("configured-secret", bind, generator);
      assertThat(token.value()).isEqualTo("configured-secret");
      assertThat(token.oneTime()).isEmpty();
      assertThat(token.toString()).doesNotContain("configured-secret");
    }
    assertThat(drawn).hasValue(0);
  }

  @Test
  void generatedTokensAreLongUrlSafeAndDifferEachTime() {
    String a = AdminToken.generate();
    String b = AdminToken.generate();
    assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
    assertThat(AdminToken.resolve(null, "127.0.0.1", AdminToken::generate).toString()).doesNotContain("generated");
  }
}
