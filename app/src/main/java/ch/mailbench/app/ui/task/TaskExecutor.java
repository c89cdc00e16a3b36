package ch.mailbench.app.ui.task;

/**
 * Runs {@link BackgroundTask}s: the one way work leaves the EDT in the console. The console uses
 * {@link SwingTaskExecutor}; presentation-model tests use a same-thread executor and see every
 * result at once.
 */
public interface TaskExecutor {

    /** Starts {@code task}; returns at once with the handle to follow or cancel it. Call on the UI thread. */
    <T> RunningTask execute(BackgroundTask<T> task);

    /**
     * An executor whose tasks run one at a time, in the order given, never two at once: for work
     * that shares something not thread-safe, such as an open PDF document. Its thread ends when idle.
     */
    TaskExecutor inOrder();
}
