package io.wiredchaos.notionwix.sync;

/** Live progress of a run, for the dashboard's event stream and metrics. Implementations must not throw. */
public interface RunListener {

  RunListener NONE = new RunListener() {};

  default void started(String runId, RunOptions options) {}

  /** Phase {@code read}, {@code fetch}, {@code plan} or {@code apply}; {@code done} of {@code total} items. */
  default void progress(String runId, String phase, int done, int total, RunCounts counts) {}

  default void itemFailed(String runId, ItemFailure failure) {}

  default void finished(RunReport report) {}
}
