package ch.mailbench.app.ui.task;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's {@link TaskExecutor}: each task is a {@link SwingWorker}, so the work runs on a
 * worker thread and its outcome is handed over on the EDT after {@code get()} (which publishes
 * what the work wrote). The only class of the console that makes threads. Tasks shown to the user
 * are reported to the {@link TaskWatcher}s (the status bar). One per process, from {@code AppFactory}.
 */
public final class SwingTaskExecutor implements TaskExecutor {

    private static final int IDLE_THREAD_SECONDS = 5;

    /** Where workers run; empty: SwingWorker's own shared pool. */
    private final Optional<Executor> threads;
    private final List<TaskWatcher> watchers;
    private final AtomicInteger inOrderCount = new AtomicInteger();
    /** Tasks started here or by an in-order executor made here, not yet handed over. */
    private final AtomicInteger unfinished;
    private final Hold hold;

    public SwingTaskExecutor() {
        this(Optional.empty(), new CopyOnWriteArrayList<>(), new AtomicInteger(), new Hold());
    }

    private SwingTaskExecutor(Optional<Executor> threads, List<TaskWatcher> watchers, AtomicInteger unfinished, Hold hold) {
        this.threads = threads;
        this.watchers = watchers;
        this.unfinished = unfinished;
        this.hold = hold;
    }

    /**
     * Tasks started from now on (here and by its in-order executors) wait for {@link #releaseHeld()}: while the
     * console builds and paints its first full window, the work that window starts at once (what Undo would
     * revert, the searchable addresses, …) would compete with the painting for the machine's processors.
     */
    public void holdBack() {
        hold.close();
    }

    /** Starts the tasks held back since {@link #holdBack()}, in order; later tasks start at once again. */
    public void releaseHeld() {
        hold.open();
    }

    /**
     * Whether every task started here (and by its in-order executors) has ended and handed over its
     * outcome: after the windows are gone, nothing of the console touches the database any more, so
     * its folder may be removed (tests) or the process may end.
     */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    /** {@code watcher} hears of every task shown to the user from now on. EDT. */
    public void addWatcher(TaskWatcher watcher) {
        watchers.add(watcher);
    }

    public void removeWatcher(TaskWatcher watcher) {
        watchers.remove(watcher);
    }

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        TaskMonitor monitor = new TaskMonitor(task.title(), task.cancelHooks(), SwingUtilities::invokeLater);
        Worker<T> worker = new Worker<>(task, monitor);
        unfinished.incrementAndGet();
        if (task.shownToUser()) {
            watchers.forEach(w -> w.started(monitor));
        }
        hold.pass(() -> threads.ifPresentOrElse(pool -> pool.execute(worker), worker::execute));
        return monitor;
    }

    @Override
    public TaskExecutor inOrder() {
        // One thread at most and a queue: tasks run one after the other; the thread ends when idle,
        // so an executor nobody uses any more holds nothing.
        String name = "mailbench-in-order-" + inOrderCount.incrementAndGet();
        ThreadPoolExecutor single = new ThreadPoolExecutor(0, 1, IDLE_THREAD_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        return new SwingTaskExecutor(Optional.of(single), watchers, unfinished, hold);
    }

    /** Where task starts wait while held back; shared by an executor and its in-order executors. */
    private static final class Hold {
        /** The waiting starts, in order; null while tasks start at once. */
        private List<Runnable> waiting;

        synchronized void close() {
            if (waiting == null) {
                waiting = new ArrayList<>();
            }
        }

        void pass(Runnable start) {
            synchronized (this) {
                if (waiting != null) {
                    waiting.add(start);
                    return;
                }
            }
            start.run();
        }

        void open() {
            List<Runnable> starts;
            synchronized (this) {
                starts = waiting;
                waiting = null;
            }
            if (starts != null) {
                starts.forEach(Runnable::run);
            }
        }
    }

    private final class Worker<T> extends SwingWorker<T, Void> {
        private final BackgroundTask<T> task;
        private final TaskMonitor monitor;

        Worker(BackgroundTask<T> task, TaskMonitor monitor) {
            this.task = task;
            this.monitor = monitor;
        }

        @Override
        protected T doInBackground() throws Exception {
            return task.call(monitor);
        }

        @Override
        protected void done() {
            try {
                handOver();
            } finally {
                unfinished.decrementAndGet();
            }
        }

        private void handOver() {
            if (task.shownToUser()) {
                watchers.forEach(w -> w.ended(monitor));
            }
            T result = null;
            Optional<Exception> failure = Optional.empty();
            try {
                result = get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (CancellationException e) {
                failure = Optional.of(e);
            } catch (ExecutionException e) {
                failure = Optional.of(e.getCause() instanceof Exception cause ? cause : e);
            }
            task.finish(monitor, result, failure);
        }
    }
}
