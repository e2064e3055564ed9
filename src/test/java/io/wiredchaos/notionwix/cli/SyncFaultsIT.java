package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync under the services' faults and limits, asserted from the sandbox's own request log and state. */
class SyncFaultsIT {

  @TempDir Path dataDir;
  Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.fast());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  Map<String, String> env() {
    return FastSandbox.env(sandbox);
  }

  CliRun.Result sync(String... args) {
    return FastSandbox.sync(sandbox, dataDir, args);
  }

  long managed() {
    return sandbox.wix().items(Sandbox.COLLECTION).stream().filter(i -> i.has("notionPageId")).count();
  }

  @Test
  void rateLimitsAndTransientErrorsAreRetriedAndRetryAfterIsNeverViolated() {
    sandbox.faults().failNext("notion", "/v1/blocks", 429, 3);
    sandbox.faults().failNext("notion", "/v1/data_sources", 502, 1);
    sandbox.faults().failNext("wix", "/wix-data/v2/bulk/items/save", 503, 2);
    CliRun.Result run = sync();
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(managed()).isEqualTo(SeedContent.PUBLISHED);
    assertThat(sandbox.requestLog().entries()).filteredOn(e -> e.status() == 429).hasSize(3);
    assertThat(sandbox.requestLog().violations()).as("requests sent before a Retry-After passed: %s",
        sandbox.retryAfterViolations()).isZero();
  }

  @Test
  void anItemWixRejectsFailsAloneAndTheRunIsPartialNamingThePage() {
    String page = sandbox.notion().pageIds().get(8);
    sandbox.notion().setDate(page, "Publish Date", "2026-11-01T10:30:00.000Z");
    CliRun.Result run = sync();
    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.out()).contains("failed 1").contains("WDE0080").contains(page);
    assertThat(managed()).isEqualTo(SeedContent.PUBLISHED - 1);
  }

  @Test
  void aRunThatWouldDeleteMuchOfTheSiteStopsBeforeWritingUnlessAllowed() {
    assertThat(sync().exitCode()).isZero();
    List<String> ids = sandbox.notion().pageIds();
    for (int i = 10; i < 20; i++) {
      sandbox.notion().setStatus(ids.get(i), "Status", "Draft");
    }
    CliRun.Result refused = sync();
    assertThat(refused.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(refused.out()).contains("would delete 10 of the 35 items notion-wix manages").contains("--allow-mass-delete");
    assertThat(managed()).isEqualTo(SeedContent.PUBLISHED);
    CliRun.Result allowed = sync("--allow-mass-delete");
    assertThat(allowed.exitCode()).isZero();
    assertThat(managed()).isEqualTo(SeedContent.PUBLISHED - 10);
    assertThat(sandbox.wix().items(Sandbox.COLLECTION)).hasSize(SeedContent.PUBLISHED - 10 + 2);
  }

  @Test
  void aRunWhileAnotherHoldsTheLockExitsThreeAndWritesNothing() throws Exception {
    assertThat(sync("--dry-run").exitCode()).isZero();
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("notion-wix.db"))) {
      // The first run left ShedLock's row; another machine now holds it for ten minutes.
      db.createStatement().executeUpdate("UPDATE shedlock SET lock_until = " + (System.currentTimeMillis() + 600_000)
          + ", locked_by = 'another-host:4242' WHERE name = 'notion-wix-sync'");
    }
    CliRun.Result run = sync();
    assertThat(run.exitCode()).isEqualTo(ExitCode.LOCKED);
    assertThat(run.out()).contains("another run holds the lock");
    assertThat(managed()).isZero();
  }
}
