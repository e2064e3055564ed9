package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Settings for a sync against a sandbox without limits: client budgets lifted too, so nothing is paced. */
final class FastSandbox {

  private FastSandbox() {}

  static Map<String, String> env(Sandbox sandbox) {
    Map<String, String> env = new HashMap<>(sandbox.env());
    env.put("NOTION_REQUESTS_PER_SECOND", "1000");
    env.put("WIX_REQUESTS_PER_MINUTE", "100000");
    return env;
  }

  /** {@code sync} with {@code args}, in this JVM. */
  static CliRun.Result sync(Sandbox sandbox, Path dataDir, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "sync";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(env(sandbox), dataDir, all);
  }
}
