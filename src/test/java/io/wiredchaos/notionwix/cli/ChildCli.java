package io.wiredchaos.notionwix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a child JVM (this test JVM's class path), optionally with some paths mounted read-only.
 *
 * <p>The build runs as root, whom file modes do not stop, so a read-only state directory or database file is made
 * the way a read-only volume is: a read-only bind mount, in a private user and mount namespace
 * ({@code unshare -rm}, util-linux) that only the child sees. Where that is not possible the test fails with what
 * to install or enable; it is never skipped.
 */
final class ChildCli {

  private static final String MOUNT_THEN_RUN =
      "for p in $READ_ONLY_PATHS; do mount --bind -o ro \"$p\" \"$p\" || exit 97; done; exec \"$@\"";

  private ChildCli() {}

  /** Fails (never skips) when read-only bind mounts cannot be made here, saying what is missing. */
  static void requireReadOnlyMounts(Path probe) throws Exception {
    String detail;
    try {
      Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c",
          "mount --bind -o ro \"$0\" \"$0\" && ! touch \"$0/.probe\" 2>/dev/null", probe.toString())
          .redirectErrorStream(true).start();
      boolean done = p.waitFor(30, TimeUnit.SECONDS);
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (done && p.exitValue() == 0) {
        return;
      }
      detail = "exit " + (done ? p.exitValue() : "timeout") + (out.isEmpty() ? "" : ": " + out);
    } catch (IOException e) {
      detail = e.getMessage();
    }
    throw new AssertionError("this test needs a read-only bind mount in a private namespace (`unshare -rm` from"
        + " util-linux, with unprivileged user namespaces allowed: sysctl user.max_user_namespaces > 0 and, on"
        + " Debian kernels, kernel.unprivileged_userns_clone=1); it failed here (" + detail + ")");
  }

  /** {@code args} in a child JVM with {@code env}; each of {@code readOnly} is mounted read-only for it alone. */
  static CliRun.Result run(Map<String, String> env, List<Path> readOnly, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (!readOnly.isEmpty()) {
      command.addAll(List.of("unshare", "-rm", "sh", "-c", MOUNT_THEN_RUN, "child"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("child-cli", ".out");
    Path err = Files.createTempFile("child-cli", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(env);
      builder.environment().put("READ_ONLY_PATHS",
          String.join(" ", readOnly.stream().map(p -> p.toAbsolutePath().toString()).toList()));
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the child CLI did not finish within 120 s: " + Files.readString(err));
      }
      if (process.exitValue() == 97) {
        throw new AssertionError("the read-only bind mount failed in the child: " + Files.readString(err));
      }
      return new CliRun.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
