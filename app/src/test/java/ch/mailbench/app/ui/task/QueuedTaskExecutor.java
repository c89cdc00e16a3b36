package ch.mailbench.app.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Holds tasks until the test runs them, each wholly (work, then callbacks) on the test's thread:
 * for checking what a model does when requests overlap, e.g. a newer one cancelling an older one.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        TaskMonitor monitor = new TaskMonitor(task.title(), task.cancelHooks(), Runnable::run);
        queued.add(() -> {
            T result;
            try {
                result = task.call(monitor);
            } catch (Exception e) {
                task.finish(monitor, null, Optional.of(e));
                return;
            }
            task.finish(monitor, result, Optional.empty());
        });
        return monitor;
    }

    @Override
    public TaskExecutor inOrder() {
        return this;
    }

    /** Runs what is queued, in order, including what those tasks queue. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
