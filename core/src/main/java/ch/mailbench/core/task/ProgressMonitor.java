package ch.mailbench.core.task;

/**
 * Toolkit-free progress and cancellation for long work, so the same service serves the console
 * (status bar, Cancel button) and the command line. Implementations must be thread-safe:
 * workers call it from background threads.
 */
public interface ProgressMonitor {

    /** Starts a task of {@code totalUnits} steps (0 or less when unknown). */
    void begin(String task, int totalUnits);

    void worked(int units);

    /** Describes the step under way, e.g. "marie@bakery-dupont.ch — IMAP". */
    void subTask(String description);

    boolean isCancelled();

    void done();

    /** A monitor that reports nowhere and is never cancelled. */
    static ProgressMonitor silent() {
        return new ProgressMonitor() {
            @Override public void begin(String task, int totalUnits) { }
            @Override public void worked(int units) { }
            @Override public void subTask(String description) { }
            @Override public boolean isCancelled() { return false; }
            @Override public void done() { }
        };
    }
}
