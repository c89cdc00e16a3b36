package ch.mailbench.app.ui.task;

import java.util.Optional;

/**
 * Runs each task at once on the calling thread, callbacks included: presentation-model tests see
 * every result as soon as they start the work, without a window or waits.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        TaskMonitor monitor = new TaskMonitor(task.title(), task.cancelHooks(), Runnable::run);
        T result;
        try {
            result = task.call(monitor);
        } catch (Exception e) {
            task.finish(monitor, null, Optional.of(e));
            return monitor;
        }
        task.finish(monitor, result, Optional.empty());
        return monitor;
    }

    @Override
    public TaskExecutor inOrder() {
        return this;
    }
}
