package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.port.StoreFile;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** File → Backup…: a consistent copy of the open database (VACUUM INTO), written in the background. */
final class BackupAction {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final JFrame owner;
    private final StoreFile database;
    private final Clock clock;
    private final DataMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    BackupAction(JFrame owner, StoreFile database, Clock clock, DataMessages messages, TaskExecutor tasks, ErrorTexts errors) {
        this.owner = owner;
        this.database = database;
        this.clock = clock;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
    }

    void chooseAndBackUp() {
        // A team database has no folder of its own: the chooser starts in the home folder.
        File folder = database.file().map(file -> file.getParent().toFile()).orElse(new File(System.getProperty("user.home")));
        JFileChooser chooser = new JFileChooser(folder);
        chooser.setName("backupChooser");
        chooser.setSelectedFile(new File(folder,
                "mailbench-backup-" + LocalDateTime.now(clock).format(STAMP) + ".db"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath().toAbsolutePath();
        if (database.file().filter(target::equals).isPresent()) {
            JOptionPane.showMessageDialog(owner, messages.get("backup.notItself"), messages.get("backup.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        backUpTo(target);
    }

    void backUpTo(Path target) {
        BackgroundTask.of(monitor -> {
            database.backUpTo(target);
            return target;
        }).onSuccess(written -> JOptionPane.showMessageDialog(owner, messages.format("backup.done", written),
                        messages.get("backup.title"), JOptionPane.INFORMATION_MESSAGE))
                .onFailure(e -> JOptionPane.showMessageDialog(owner, messages.format("backup.failed", errors.describe(e)),
                        messages.get("backup.title"), JOptionPane.ERROR_MESSAGE))
                .executeWith(tasks);
    }
}
