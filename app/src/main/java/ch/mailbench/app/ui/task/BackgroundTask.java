package ch.mailbench.app.ui.task;

import ch.mailbench.core.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One piece of work to run off the EDT, described fluently and handed to a {@link TaskExecutor}:
 * <pre>{@code
 * BackgroundTask.of(monitor -> store.load(id))
 *         .shownAs(messages.get("status.opening"))
 *         .onSuccess(this::show)
 *         .onFailure(e -> status.setText(errors.describe(e)))
 *         .executeWith(tasks);
 * }</pre>
 * The work runs on a background thread and returns a value; it never touches UI or model state.
 * Every callback runs on the UI thread (the EDT in the console). Exactly one of
 * {@code onSuccess}, {@code onFailure}, {@code onCancelled} runs, after {@code onFinished}.
 *
 * <p>Cancel is cooperative: {@link RunningTask#cancel()} makes the {@link ProgressMonitor} report
 * cancelled and runs the {@link #whenCancelRequested} hooks; the work stops where it looks. When it
 * then ends, {@code onCancelled} runs and its result is dropped, unless the task
 * {@link #keepsResultWhenCancelled() keeps it} (work that returns what it had, like a test report).
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work itself. Runs on a background thread; reports through, and stops on, {@code monitor}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    private final Work<T> work;
    private String title = "";
    private boolean shownToUser;
    private boolean keepsResultWhenCancelled;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private final List<Runnable> cancelHooks = new ArrayList<>();

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Shows the work in the status bar (after a short delay) under {@code title}, with progress and Cancel. */
    public BackgroundTask<T> shownAs(String title) {
        this.title = title;
        this.shownToUser = true;
        return this;
    }

    /** Names the work without showing it in the status bar, e.g. for a progress window of its own. */
    public BackgroundTask<T> titled(String title) {
        this.title = title;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> onSuccess) {
        this.onSuccess = onSuccess;
        return this;
    }

    /** Receives what the work threw; hand it to {@code ErrorTexts} to log it and put it in words. */
    public BackgroundTask<T> onFailure(Consumer<Exception> onFailure) {
        this.onFailure = onFailure;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable onCancelled) {
        this.onCancelled = onCancelled;
        return this;
    }

    /** Runs before whichever outcome callback, e.g. to stop showing "busy". */
    public BackgroundTask<T> onFinished(Runnable onFinished) {
        this.onFinished = onFinished;
        return this;
    }

    /**
     * Runs {@code hook} at once on the thread that cancels, for work blocked where it cannot look
     * at its monitor (a socket read): the hook closes what it waits on.
     */
    public BackgroundTask<T> whenCancelRequested(Runnable hook) {
        cancelHooks.add(hook);
        return this;
    }

    /** A value the work returns after a cancel still goes to {@code onSuccess}: it is a partial result. */
    public BackgroundTask<T> keepsResultWhenCancelled() {
        this.keepsResultWhenCancelled = true;
        return this;
    }

    public RunningTask executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    String title() {
        return title;
    }

    boolean shownToUser() {
        return shownToUser;
    }

    List<Runnable> cancelHooks() {
        return List.copyOf(cancelHooks);
    }

    /** Background thread. Work cancelled before it started does not start. */
    T call(TaskMonitor monitor) throws Exception {
        if (monitor.isCancelled()) {
            throw new java.util.concurrent.CancellationException("Cancelled before it started");
        }
        return work.run(monitor);
    }

    /** UI thread: hands the outcome of the work to the callbacks. {@code failure} empty means it returned {@code result}. */
    void finish(TaskMonitor monitor, T result, Optional<Exception> failure) {
        onFinished.run();
        if (monitor.isCancelled() && (failure.isPresent() || !keepsResultWhenCancelled)) {
            onCancelled.run();
        } else if (failure.isPresent()) {
            onFailure.accept(failure.get());
        } else {
            onSuccess.accept(result);
        }
    }
}
