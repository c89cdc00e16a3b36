package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.csv.CsvExporter;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File → Export CSV…: every mailbox in the format import reads back, with or without the stored
 * passwords (with them, the vault is unlocked first and the file is owner-only). Written through
 * {@link AtomicFile} in the background, like {@code mailbench export}. Runs on the EDT; the work does not.
 */
final class ExportAction {

    private final JFrame owner;
    private final Store store;
    private final Vault vault;
    private final UnlockHandler unlockHandler;
    private final DataMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    ExportAction(JFrame owner, Store store, Vault vault, UnlockHandler unlockHandler, DataMessages messages, TaskExecutor tasks,
                 ErrorTexts errors) {
        this.owner = owner;
        this.store = store;
        this.vault = vault;
        this.unlockHandler = unlockHandler;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
    }

    void chooseAndExport() {
        String[] choices = {messages.get("export.withoutPasswords"), messages.get("export.withPasswords"), messages.get("import.cancel")};
        int choice = JOptionPane.showOptionDialog(owner, messages.get("export.question"), messages.get("export.title"),
                JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, choices, choices[0]);
        if (choice != 0 && choice != 1) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setName("exportChooser");
        chooser.setFileFilter(new FileNameExtensionFilter(messages.get("csv.filter"), "csv"));
        chooser.setSelectedFile(new File("mailbench-export.csv"));
        if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
            exportTo(chooser.getSelectedFile().toPath().toAbsolutePath(), choice == 1);
        }
    }

    /** Writes the file in the background and says how it went. */
    void exportTo(Path target, boolean includePasswords) {
        // Semicolons where Excel expects them (French and German), commas elsewhere; import reads both.
        char separator = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage()) ? ',' : ';';
        BackgroundTask.of(monitor -> {
            if (includePasswords && !vault.isUnlocked() && !unlockHandler.unlock(vault)) {
                throw new VaultLockedException();
            }
            AtomicFile.requireReplaceable(target);
            int[] count = new int[1];
            // Owner-only: the customer list, and with passwords the passwords in plain text.
            AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, out -> count[0] = new CsvExporter(store, vault)
                    .export(out, separator, includePasswords, monitor));
            return count[0];
        }).shownAs(messages.format("export.running", target.getFileName()))
                .onSuccess(count -> JOptionPane.showMessageDialog(owner,
                        messages.format(includePasswords ? "export.doneWithPasswords" : "export.done", count, target),
                        messages.get("export.title"), includePasswords ? JOptionPane.WARNING_MESSAGE : JOptionPane.INFORMATION_MESSAGE))
                .onFailure(e -> JOptionPane.showMessageDialog(owner, messages.format("export.failed", errors.describe(e)),
                        messages.get("export.title"), JOptionPane.ERROR_MESSAGE))
                .executeWith(tasks);
    }
}
