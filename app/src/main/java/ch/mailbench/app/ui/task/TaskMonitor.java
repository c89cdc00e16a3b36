package ch.mailbench.app.ui.task;

import ch.mailbench.core.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one {@link ProgressMonitor} of the console: the work reports through it from its thread;
 * it forwards every report to the UI thread, where {@link RunningTask} readers and listeners see it.
 */
final class TaskMonitor implements ProgressMonitor, RunningTask {

    private final Executor uiThread;
    private final List<Runnable> cancelHooks;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> listeners = new ArrayList<>();
    /** UI-thread state. */
    private String title;
    private int total;
    private int worked;
    private String subTask = "";

    TaskMonitor(String title, List<Runnable> cancelHooks, Executor uiThread) {
        this.title = title;
        this.cancelHooks = cancelHooks;
        this.uiThread = uiThread;
    }

    @Override
    public void begin(String task, int totalUnits) {
        uiThread.execute(() -> {
            title = task;
            total = totalUnits;
            worked = 0;
            subTask = "";
            changed();
        });
    }

    @Override
    public void worked(int units) {
        uiThread.execute(() -> {
            worked += units;
            changed();
        });
    }

    @Override
    public void subTask(String description) {
        uiThread.execute(() -> {
            subTask = description;
            changed();
        });
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void done() {
        // The executor reports the end on the UI thread once the work has returned.
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            cancelHooks.forEach(Runnable::run);
            uiThread.execute(this::changed);
        }
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int totalUnits() {
        return total;
    }

    @Override
    public int workedUnits() {
        return worked;
    }

    @Override
    public String subTask() {
        return subTask;
    }

    @Override
    public void addProgressListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
