package io.wiredchaos.notionwix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./notion-wix}) on the packaged jar: it runs the extracted jar, records the AOT cache on JDK
 * 25 or newer before the first command that starts Spring (none before JDK 25), and a damaged cache never breaks a
 * command or its stdout.
 */
class LauncherIT {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path CACHE = ROOT.resolve("target/app/notion-wix.aot");

  record Result(int code, String out, String err) {}

  @TempDir Path dataDir;

  @Test
  void runsTheExtractedJarWithAnAotCacheAndSurvivesADamagedOne() throws Exception {
    Result doctor = launch("doctor");
    assertThat(doctor.code()).as(doctor.err()).isZero();
    assertThat(doctor.out()).contains("state directory " + dataDir);
    assertThat(ROOT.resolve("target/app/notion-wix.jar")).isRegularFile();
    boolean aotCache = Runtime.version().feature() >= 25;
    assertThat(Files.isRegularFile(CACHE)).as("AOT cache on JDK " + Runtime.version().feature()).isEqualTo(aotCache);
    Result first = launch("--version");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("notion-wix ");
    if (!aotCache) {
      return;
    }
    Path kept = CACHE.resolveSibling("notion-wix.aot.kept");
    Files.move(CACHE, kept, StandardCopyOption.REPLACE_EXISTING);
    try {
      Files.write(CACHE, new byte[4096]);

      Result damaged = launch("--version");

      assertThat(damaged.code()).as(damaged.err()).isZero();
      assertThat(damaged.out()).isEqualTo(first.out());
      assertThat(damaged.err()).contains("AOT cache");
    } finally {
      Files.move(kept, CACHE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The launcher with this JVM's JDK (JAVA_HOME), so it and the test agree on the JDK version. */
  private Result launch(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher-out", ".txt");
    Path err = Files.createTempFile("launcher-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(concat(ROOT.resolve("notion-wix").toString(), args))
          .directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("NOTION_WIX_AOT");
      builder.environment().put("SYNC_DATA_DIR", dataDir.toString());
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("the launcher did not finish in 5 minutes");
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<String> concat(String first, String... rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.stream.Stream.of(rest))
        .toList();
  }
}
