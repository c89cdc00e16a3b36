package ch.mailbench.app.ui.task;

import ch.mailbench.core.task.ProgressMonitor;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs database and network work off the EDT and hands the result back on it. The console's
 * implementation shows the work in the status bar with a progress bar and a Cancel button.
 */
public interface BackgroundWork {

    /**
     * Runs {@code work} on a background thread; then, on the EDT, {@code onSuccess} with its result
     * or {@code onFailure} with what it threw. Neither is called when the user cancelled.
     * Call on the EDT.
     */
    <T> void run(String description, Function<ProgressMonitor, T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
