package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local faults of the state database end as a configuration error (exit 2) that names the path or the connection
 * and what to fix, before anything reaches Wix: a read-only state directory or database file, and PostgreSQL
 * refusing the password or the role. The read-only cases run the CLI in a child process under a read-only bind
 * mount ({@link ChildCli}), because the build runs as root, whom file modes do not stop.
 */
class LocalFaultsIT {

  private static final String PASSWORD = "right-horse-battery-9Q";
  private static final String WRONG_PASSWORD = "wrong-staple-zq7x9v";
  static Sandbox sandbox;
  static EmbeddedPostgres postgres;
  @TempDir Path dataDir;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(1), Duration.ZERO));
    // Password checks for the role notionwix, trust for the rest (so an unknown role is reported as unknown).
    postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> write(dir.toPath().resolve("pg_hba.conf"),
        """
        local all all trust
        host all notionwix 127.0.0.1/32 scram-sha-256
        host all notionwix ::1/128 scram-sha-256
        host all all 127.0.0.1/32 trust
        host all all ::1/128 trust
        """)).start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
      admin.createStatement().execute("SET password_encryption = 'scram-sha-256'");
      admin.createStatement().execute("CREATE ROLE notionwix LOGIN PASSWORD '" + PASSWORD + "'");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    sandbox.close();
    postgres.close();
  }

  @Test
  void aReadOnlyStateDirectoryStopsTheRunWithExit2NamingTheDirectory() throws Exception {
    ChildCli.requireReadOnlyMounts(dataDir);
    assertThat(CliRun.run(env(), dataDir, "sync").exitCode()).isZero();
    sandbox.notion().setTitle(sandbox.notion().pageIds().get(3), "Edited while the volume is read-only");
    long writesBefore = wixWrites();

    CliRun.Result run = ChildCli.run(childEnv(), List.of(dataDir), "sync");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("configuration error: the state directory " + dataDir.toRealPath())
        .contains("read-only").contains("SYNC_DATA_DIR").doesNotContain("This is a bug");
    assertThat(wixWrites()).isEqualTo(writesBefore);
  }

  @Test
  void aReadOnlyEmptyStateDirectoryIsAConfigurationErrorToo() throws Exception {
    ChildCli.requireReadOnlyMounts(dataDir);

    CliRun.Result run = ChildCli.run(childEnv(), List.of(dataDir), "sync");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("the state directory " + dataDir.toRealPath()).contains("read-only")
        .doesNotContain("This is a bug");
    assertThat(Files.list(dataDir)).isEmpty();
  }

  @Test
  void aReadOnlyDatabaseFileStopsTheRunWithExit2NamingTheFile() throws Exception {
    ChildCli.requireReadOnlyMounts(dataDir);
    assertThat(CliRun.run(env(), dataDir, "sync").exitCode()).isZero();
    Path file = dataDir.toRealPath().resolve("notion-wix.db");
    long writesBefore = wixWrites();

    CliRun.Result run = ChildCli.run(childEnv(), List.of(file), "sync");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("configuration error: the state database file " + file).contains("read-only")
        .doesNotContain("This is a bug");
    assertThat(wixWrites()).isEqualTo(writesBefore);
  }

  @Test
  void aWrongPostgresPasswordIsExit2NamingTheConnectionNeverThePassword() {
    Map<String, String> env = env();
    env.put("SYNC_DATABASE_URL", "postgresql://notionwix:" + WRONG_PASSWORD + "@localhost:" + postgres.getPort()
        + "/postgres");

    CliRun.Result run = CliRun.run(env, dataDir, "sync");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres")
        .contains("user notionwix").contains("password authentication failed").contains("SYNC_DATABASE_URL")
        .doesNotContain("This is a bug");
    assertThat(run.out() + run.err()).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
  }

  @Test
  void anUnknownPostgresRoleIsExit2NamingTheConnectionAndTheRole() {
    Map<String, String> env = env();
    env.put("SYNC_DATABASE_URL", "jdbc:postgresql://localhost:" + postgres.getPort()
        + "/postgres?user=ghost_role&password=" + WRONG_PASSWORD);

    CliRun.Result run = CliRun.run(env, dataDir, "sync");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CONFIG);
    assertThat(run.err()).contains("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres")
        .contains("ghost_role").contains("does not exist").contains("SYNC_DATABASE_URL")
        .doesNotContain("This is a bug");
    assertThat(run.out() + run.err()).doesNotContain(WRONG_PASSWORD);
  }

  @Test
  void theRightPostgresPasswordWorks() {
    Map<String, String> env = env();
    env.put("SYNC_DATABASE_URL", "postgresql://notionwix:" + PASSWORD + "@localhost:" + postgres.getPort()
        + "/postgres");

    CliRun.Result run = CliRun.run(env, dataDir, "sync", "--dry-run");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
  }

  private static Map<String, String> env() {
    return new HashMap<>(FastSandbox.env(sandbox));
  }

  private Map<String, String> childEnv() {
    Map<String, String> env = env();
    env.put("SYNC_DATA_DIR", dataDir.toString());
    return env;
  }

  private static long wixWrites() {
    return sandbox.requestLog().entries().stream().filter(e -> e.side().equals("wix") && e.method().equals("POST")
        && !e.path().endsWith("/query")).count();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
