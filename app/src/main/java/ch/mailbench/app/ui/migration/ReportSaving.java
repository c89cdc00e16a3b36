package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.SaveChooser;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.io.AtomicFile;

import javax.swing.JLabel;
import java.awt.Component;

/**
 * Saves a report of the migration dialogs (a run's results, the overview's rows) as PDF or CSV where
 * the technician chooses: composed and written owner-only in the background, the dialog's notice line
 * saying how it went. Use on the EDT.
 */
final class ReportSaving {

    /** Composes the report's bytes in the format of {@code extension} ("pdf" or "csv"); runs on the background thread. */
    @FunctionalInterface
    interface Composer {
        byte[] bytes(String extension) throws Exception;
    }

    private final JLabel notice;
    private final MigrationTexts texts;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    ReportSaving(JLabel notice, MigrationTexts texts, TaskExecutor tasks, ErrorTexts errors) {
        this.notice = notice;
        this.texts = texts;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** @param compose must not read Swing state: take what it needs on the EDT before calling this */
    void save(Component owner, String chooserName, String extension, String suggestedName, Composer compose) {
        SaveChooser.ask(owner, chooserName, extension, suggestedName).ifPresent(target -> {
            notice.setText(texts.format("results.saving", target.getFileName()));
            BackgroundTask.of(monitor -> {
                        byte[] bytes = compose.bytes(extension);
                        AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, out -> out.write(bytes));
                        return target;
                    })
                    .shownAs(texts.format("results.saving", target.getFileName()))
                    .onSuccess(saved -> notice.setText(texts.format("results.saved", saved)))
                    .onFailure(e -> notice.setText(errors.describe(e)))
                    .executeWith(tasks);
        });
    }
}
