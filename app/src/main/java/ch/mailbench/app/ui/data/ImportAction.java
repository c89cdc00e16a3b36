package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.task.ProgressDialog;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.RunningTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.csv.CsvImporter;
import ch.mailbench.core.csv.CsvReader;
import ch.mailbench.core.csv.ImportFile;
import ch.mailbench.core.csv.ImportReport;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * File → Import…: picks a CSV file, reads and imports it in the background (asking for the master
 * password when the file has passwords), then shows the report. Runs on the EDT; the work does not.
 */
final class ImportAction {

    private final JFrame owner;
    private final Store store;
    private final Vault vault;
    private final UnlockHandler unlockHandler;
    /** Read in the background: the shop's default sheet language lives in the database. */
    private final Supplier<SheetLanguage> languageForNewCustomers;
    private final DataMessages messages;
    private final Runnable afterImport;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    ImportAction(JFrame owner, Store store, Vault vault, UnlockHandler unlockHandler, Supplier<SheetLanguage> languageForNewCustomers,
                 DataMessages messages, Runnable afterImport, TaskExecutor tasks, ErrorTexts errors) {
        this.owner = owner;
        this.store = store;
        this.vault = vault;
        this.unlockHandler = unlockHandler;
        this.languageForNewCustomers = languageForNewCustomers;
        this.messages = messages;
        this.afterImport = afterImport;
        this.tasks = tasks;
        this.errors = errors;
    }

    void chooseAndImport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("importChooser");
        chooser.setFileFilter(new FileNameExtensionFilter(messages.get("csv.filter"), "csv", "txt"));
        if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
            run(chooser.getSelectedFile().toPath(), false);
        }
    }

    /** The outcome of the background part: a report, or the file needs a master password nobody gave. */
    private record Result(Optional<ImportReport> report, int validRows) {
    }

    void run(Path file, boolean skipInvalid) {
        String title = messages.format("import.title", file.getFileName());
        ProgressDialog progress = new ProgressDialog(owner, messages.format("import.running", file.getFileName()), messages.get("import.cancel"));
        RunningTask running = BackgroundTask.of(monitor -> {
            ImportFile parsed = new CsvReader().read(Files.readAllBytes(file));
            if (parsed.hasPasswords() && !vault.isUnlocked() && !unlockHandler.unlock(vault)) {
                return new Result(Optional.empty(), parsed.rows().size());
            }
            ImportReport report = new CsvImporter(store, vault, languageForNewCustomers.get())
                    .importRows(parsed, skipInvalid, monitor);
            return new Result(Optional.of(report), parsed.rows().size());
        })
                // A report that arrives after Cancel was clicked is the truth: the import had finished.
                .keepsResultWhenCancelled()
                .onFinished(progress::close)
                .onSuccess(result -> showResult(file, result))
                .onCancelled(() -> JOptionPane.showMessageDialog(owner, messages.get("import.cancelled"), title,
                        JOptionPane.INFORMATION_MESSAGE))
                .onFailure(e -> JOptionPane.showMessageDialog(owner, messages.format("import.failed", errors.describe(e)), title,
                        JOptionPane.ERROR_MESSAGE))
                .executeWith(tasks);
        progress.follow(running);
    }

    private void showResult(Path file, Result result) {
        if (result.report().isEmpty()) {
            JOptionPane.showMessageDialog(owner, messages.get("import.needsMasterPassword"),
                    messages.format("import.title", file.getFileName()), JOptionPane.WARNING_MESSAGE);
            return;
        }
        if (result.report().get().written()) {
            afterImport.run();
        }
        new ImportReportDialog(owner, file.getFileName().toString(),
                new ImportReportModel(result.report().get(), result.validRows(), messages), messages,
                () -> run(file, true)).show();
    }
}
