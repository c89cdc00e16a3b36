package ch.mailbench.app.ui.task;

/**
 * A started {@link BackgroundTask}: what it reports (read on the UI thread) and its Cancel.
 */
public interface RunningTask {

    /** Asks the work to stop; any thread. See {@link BackgroundTask} for what happens then. */
    void cancel();

    boolean isCancelled();

    /** The task's title, or what the work last called its task in {@code ProgressMonitor.begin}. UI thread. */
    String title();

    /** Units of work announced by {@code begin}; 0 or less when unknown. UI thread. */
    int totalUnits();

    /** Units reported done so far. UI thread. */
    int workedUnits();

    /** The step under way, empty before the work names one. UI thread. */
    String subTask();

    /** {@code listener} runs on the UI thread after each progress report and on cancel. UI thread. */
    void addProgressListener(Runnable listener);
}
