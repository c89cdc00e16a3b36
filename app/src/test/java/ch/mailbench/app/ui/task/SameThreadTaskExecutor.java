package ch.mailbench.app.ui.task;

/**
 * Runs each task at once on the calling thread, callbacks included: presentation-model tests see
 * every result as soon as they start the work, without a window or waits.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final QueuedTaskExecutor queue = new QueuedTaskExecutor();

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        RunningTask running = queue.execute(task);
        queue.runAll();
        return running;
    }

    @Override
    public TaskExecutor inOrder() {
        return this;
    }
}
