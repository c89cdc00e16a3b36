package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.VerificationService;

import javax.swing.SwingUtilities;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Re-verifies many mailboxes in the background through the tester's limits (per host, learned
 * username formats, dead hosts): the status bar shows the run's figures and Cancel; every open view
 * that {@link #addListener listens} sees each result as soon as it is recorded; at the end the
 * results, with what changed since each mailbox's last good check, go to the caller. EDT only.
 */
final class BulkReverify {

    /** Loads the mailboxes to test, on the background thread (so a scope reads current data). */
    @FunctionalInterface
    interface Mailboxes {
        List<Mailbox> load() throws Exception;
    }

    /** A finished (or cancelled) run: its reports in order, and per mailbox id what changed since its last good check. */
    record Result(String scope, List<MailboxReport> reports, Map<Long, List<SinceLastGood.Change>> changes, Instant at) {
    }

    private final VerificationService verification;
    private final TaskExecutor tasks;
    private final MigrationTexts texts;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final List<Consumer<MailboxReport>> listeners = new ArrayList<>();

    BulkReverify(VerificationService verification, TaskExecutor tasks, MigrationTexts texts, Clock clock, LongSupplier nanoTime) {
        this.verification = verification;
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** {@code listener} gets every recorded result of every run, on the EDT. */
    void addListener(Consumer<MailboxReport> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<MailboxReport> listener) {
        listeners.remove(listener);
    }

    /**
     * Starts a run over {@code mailboxes}, described as {@code scope} ("bakery-dupont.ch", "3 selected mailboxes").
     * {@code finished} gets the result on the EDT, also after a cancel (with what was recorded until then);
     * {@code failed} gets what went wrong.
     */
    RunningTask start(String scope, Mailboxes mailboxes, Consumer<Result> finished, Consumer<Exception> failed) {
        String title = texts.format("run.title", scope);
        return BackgroundTask.of(monitor -> {
                    Instant start = clock.instant();
                    List<Mailbox> chosen = mailboxes.load();
                    RunProgress progress = new RunProgress(monitor, texts, title, nanoTime);
                    List<MailboxReport> reports = verification.verify(chosen, ProbeOptions.defaults(), progress, report -> {
                        progress.recorded(report);
                        SwingUtilities.invokeLater(() -> List.copyOf(listeners).forEach(l -> l.accept(report)));
                    });
                    Map<Long, List<SinceLastGood.Change>> changes = new HashMap<>();
                    for (MailboxReport report : reports) {
                        boolean failsNow = report.real() && !report.passed();
                        List<SinceLastGood.Change> found = SinceLastGood.of(verification.history(report.mailbox(), 30), start, failsNow);
                        if (!found.isEmpty()) {
                            changes.put(report.mailbox().id(), found);
                        }
                    }
                    return new Result(scope, reports, changes, clock.instant());
                })
                .shownAs(title)
                .onSuccess(finished)
                .onFailure(failed)
                .keepsResultWhenCancelled()
                .executeWith(tasks);
    }
}
