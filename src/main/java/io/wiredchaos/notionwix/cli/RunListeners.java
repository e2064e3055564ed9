package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.ItemFailure;
import io.wiredchaos.notionwix.sync.RunCounts;
import io.wiredchaos.notionwix.sync.RunListener;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunReport;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Every {@link RunListener} bean (reporters, metrics) as one listener; one that throws never stops the others. */
final class RunListeners implements RunListener {

  private final List<RunListener> listeners;

  private RunListeners(List<RunListener> listeners) {
    this.listeners = listeners;
  }

  static RunListener of(ApplicationContext context) {
    return new RunListeners(List.copyOf(context.getBeansOfType(RunListener.class).values()));
  }

  @Override
  public void started(String runId, RunOptions options) {
    each(l -> l.started(runId, options));
  }

  @Override
  public void progress(String runId, String phase, int done, int total, RunCounts counts) {
    each(l -> l.progress(runId, phase, done, total, counts));
  }

  @Override
  public void itemFailed(String runId, ItemFailure failure) {
    each(l -> l.itemFailed(runId, failure));
  }

  @Override
  public void finished(RunReport report) {
    each(l -> l.finished(report));
  }

  private void each(java.util.function.Consumer<RunListener> call) {
    for (RunListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(RunListeners.class)
            .warn("run listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
