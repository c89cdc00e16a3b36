package ch.mailbench.app.ui.verify;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the Event Dispatch Thread and hands the result (or the failure) back on it.
 * The console uses {@link SwingBackgroundTasks}; presentation-model tests run it in place.
 */
public interface BackgroundTasks {

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the thread that owns the screen (the EDT in the console). */
    void onUiThread(Runnable update);
}
