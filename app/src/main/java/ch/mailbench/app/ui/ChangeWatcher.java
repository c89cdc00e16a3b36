package ch.mailbench.app.ui;

import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;

import javax.swing.JFrame;
import javax.swing.Timer;
import java.awt.Frame;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices changes other technicians (or another Mailbench on the same file) made, and check results
 * they recorded, by asking the database for the history's counter every few seconds — off the EDT,
 * and only while the window is on screen and not minimised. A check raises that counter without a
 * history entry (see {@code RecordingMailboxes#recordLastCheck}), so one read finds both.
 *
 * <p>Polling rather than PostgreSQL's LISTEN/NOTIFY: every change already raises the history
 * counter in its own transaction, so one single-row read finds them all; it works the same on a
 * SQLite file, and through PgBouncer in transaction mode or managed services that do not pass
 * notifications on, where a listening connection would silently hear nothing. The cost is one
 * tiny query per window every {@value #PERIOD_MILLIS} ms, and changes appear up to that late. EDT.
 */
final class ChangeWatcher {

    static final int PERIOD_MILLIS = 3_000;

    private final JFrame frame;
    private final TaskExecutor tasks;
    private final LongSupplier newestId;
    private final Runnable changed;
    private final Consumer<Exception> failed;
    private final Timer timer;
    /** The newest id the window has shown; negative until known. */
    private long seen = -1;
    private boolean asking;
    private boolean failing;

    /**
     * @param newestId the history's newest id; runs on a background thread
     * @param changed  runs on the EDT when someone changed something since the window last loaded
     * @param failed   runs on the EDT when the database cannot be asked, once until it answers again
     */
    ChangeWatcher(JFrame frame, TaskExecutor tasks, LongSupplier newestId, Runnable changed, Consumer<Exception> failed) {
        this.frame = frame;
        this.tasks = tasks;
        this.newestId = newestId;
        this.changed = changed;
        this.failed = failed;
        this.timer = new Timer(PERIOD_MILLIS, e -> ask());
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /** The window loaded what the database held at {@code id}: changes up to it need no reload. */
    void loadedAt(long id) {
        seen = Math.max(seen, id);
    }

    private void ask() {
        if (asking || !frame.isShowing() || (frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            return;
        }
        asking = true;
        BackgroundTask.of(monitor -> newestId.getAsLong())
                .onSuccess(id -> {
                    asking = false;
                    failing = false;
                    boolean news = seen >= 0 && id > seen;
                    seen = Math.max(seen, id);
                    if (news && timer.isRunning()) {
                        changed.run();
                    }
                })
                .onFailure(e -> {
                    asking = false;
                    if (!failing) {
                        failing = true;
                        failed.accept(e);
                    }
                })
                .executeWith(tasks);
    }
}
