package io.wiredchaos.notionwix.sync;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Several listeners as one; a listener that throws is logged and never stops the run or the other listeners. */
public final class RunListenerGroup implements RunListener {

  private static final System.Logger LOG = System.getLogger(RunListenerGroup.class.getName());
  private final List<RunListener> listeners;

  public RunListenerGroup(Collection<? extends RunListener> listeners) {
    this.listeners = List.copyOf(listeners);
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

  private void each(Consumer<RunListener> call) {
    for (RunListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "run listener {0} failed: {1}", listener.getClass().getSimpleName(),
            e.toString());
      }
    }
  }
}
