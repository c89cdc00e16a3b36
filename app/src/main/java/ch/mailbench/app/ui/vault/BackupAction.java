package ch.mailbench.app.ui.vault;

import ch.mailbench.core.port.StoreFile;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;

/** File → Backup…: a consistent copy of the open database (VACUUM INTO), written in the background. */
final class BackupAction {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final JFrame owner;
    private final StoreFile database;
    private final Clock clock;
    private final VaultMessages messages;

    BackupAction(JFrame owner, StoreFile database, Clock clock, VaultMessages messages) {
        this.owner = owner;
        this.database = database;
        this.clock = clock;
        this.messages = messages;
    }

    void chooseAndBackUp() {
        JFileChooser chooser = new JFileChooser(database.file().getParent().toFile());
        chooser.setName("backupChooser");
        chooser.setSelectedFile(new File(database.file().getParent().toFile(),
                "mailbench-backup-" + LocalDateTime.now(clock).format(STAMP) + ".db"));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath().toAbsolutePath();
        if (target.equals(database.file())) {
            JOptionPane.showMessageDialog(owner, messages.get("backup.notItself"), messages.get("backup.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        backUpTo(target);
    }

    void backUpTo(Path target) {
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() {
                database.backUpTo(target);
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    JOptionPane.showMessageDialog(owner, messages.format("backup.done", target), messages.get("backup.title"),
                            JOptionPane.INFORMATION_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    JOptionPane.showMessageDialog(owner, messages.format("backup.failed", e.getCause().getMessage()),
                            messages.get("backup.title"), JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }
}
