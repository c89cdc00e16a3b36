package ch.mailbench.app.ui.migration;

import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.task.ProgressMonitor;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The status-bar line of a bulk run: "7/10 · ✔ 6 ✖ 1 · 0:12 · about 0:05 left". Sits between the
 * verification service and the console's monitor: it keeps the title in the technician's language
 * and replaces the per-server step by the run's figures. Thread-safe: workers report through it.
 */
final class RunProgress implements ProgressMonitor {

    private final ProgressMonitor delegate;
    private final MigrationTexts texts;
    private final String title;
    private final LongSupplier nanoTime;
    private final long started;
    private int total;
    private int done;
    private int passed;
    private int failed;

    /** @param nanoTime {@link System#nanoTime()} in the console; elapsed time needs a monotonic clock */
    RunProgress(ProgressMonitor delegate, MigrationTexts texts, String title, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.texts = texts;
        this.title = title;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    @Override
    public void begin(String task, int totalUnits) {
        synchronized (this) {
            total = totalUnits;
        }
        delegate.begin(title, totalUnits);
        delegate.subTask(line());
    }

    @Override
    public void worked(int units) {
        delegate.worked(units);
    }

    /** The service's own step ("marie@… — IMAP") would hide the run's figures; they are shown instead. */
    @Override
    public void subTask(String description) {
        // Deliberately not forwarded.
    }

    /** A mailbox's result was recorded. Any thread. */
    void recorded(MailboxReport report) {
        synchronized (this) {
            done++;
            if (report.passed()) {
                passed++;
            } else if (report.real()) {
                failed++;
            }
        }
        delegate.subTask(line());
    }

    synchronized String line() {
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - started);
        String figures = texts.format("run.progress", done, total, passed, failed, clock(elapsed));
        if (done == 0 || done >= total) {
            return figures;
        }
        Duration remaining = elapsed.multipliedBy(total - done).dividedBy(done);
        return figures + texts.format("run.remaining", clock(remaining));
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    @Override
    public boolean isCancelled() {
        return delegate.isCancelled();
    }

    @Override
    public void done() {
        delegate.done();
    }
}
