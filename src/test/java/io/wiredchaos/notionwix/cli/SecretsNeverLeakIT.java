package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A good sync and failing syncs with distinctive secret values: none of the values may appear in stdout, stderr,
 * any file of the state directory (the SQLite journal with run reports and before-images) or the sandbox's copy
 * of what was written to Wix.
 */
class SecretsNeverLeakIT {

  static final String ADMIN = "admin-secret-value-8u3ne5";
  static final String WRONG_KEY = "wix-key-secret-value-x93kd";
  static final String WRONG_TOKEN = "notion-token-secret-value-q7mp2";

  @TempDir Path dataDir;

  @Test
  void noSecretValueIsPrintedOrStored() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.fast())) {
      Map<String, String> env = FastSandbox.env(sandbox);
      env.put("SYNC_ADMIN_TOKEN", ADMIN);
      StringBuilder printed = new StringBuilder();
      CliRun.Result good = CliRun.run(env, dataDir, "sync", "--json");
      assertThat(good.exitCode()).isZero();
      printed.append(good.out()).append(good.err());
      env.put("WIX_API_KEY", WRONG_KEY);
      CliRun.Result badKey = CliRun.run(env, dataDir, "sync");
      assertThat(badKey.exitCode()).isEqualTo(ExitCode.CONFIG);
      printed.append(badKey.out()).append(badKey.err());
      env.put("WIX_API_KEY", Sandbox.WIX_KEY);
      env.put("NOTION_API_TOKEN", WRONG_TOKEN);
      CliRun.Result badToken = CliRun.run(env, dataDir, "sync", "--json");
      assertThat(badToken.exitCode()).isEqualTo(ExitCode.CONFIG);
      printed.append(badToken.out()).append(badToken.err());
      CliRun.Result doctor = CliRun.run(env, dataDir, "doctor");
      printed.append(doctor.out()).append(doctor.err());

      List<String> secrets = List.of(ADMIN, WRONG_KEY, WRONG_TOKEN, Sandbox.NOTION_TOKEN, Sandbox.WIX_KEY);
      String stored = storedText(dataDir) + sandbox.wix().items(Sandbox.COLLECTION);
      for (String secret : secrets) {
        assertThat(printed.toString()).as("output").doesNotContain(secret);
        assertThat(stored).as("state and written items").doesNotContain(secret);
      }
      assertThat(stored).contains("SUCCESS").as("the journal was actually scanned");
    }
  }

  private static String storedText(Path dir) throws Exception {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return text.toString();
  }
}
