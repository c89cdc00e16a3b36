package ch.mailbench.core.probe.testing;

import ch.mailbench.core.task.ProgressMonitor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress monitor a test cancels, as the console's Cancel button does; counts the work done. */
public final class CancellableMonitor implements ProgressMonitor {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger worked = new AtomicInteger();

    public void cancel() {
        cancelled.set(true);
    }

    public int worked() {
        return worked.get();
    }

    @Override public void begin(String task, int totalUnits) { }
    @Override public void worked(int units) { worked.addAndGet(units); }
    @Override public void subTask(String description) { }
    @Override public boolean isCancelled() { return cancelled.get(); }
    @Override public void done() { }
}
