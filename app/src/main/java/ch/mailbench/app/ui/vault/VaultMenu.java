package ch.mailbench.app.ui.vault;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.VaultState;

import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

/**
 * The console's entries for import, backup and the master password, added to the main window's
 * File menu, plus the timer that locks the vault after its idle time. Build on the EDT.
 */
public final class VaultMenu {

    private static final int IDLE_CHECK_MILLIS = 15_000;

    private final JFrame owner;
    private final Workbench workbench;
    private final VaultMessages messages;
    private final ImportAction importAction;
    private final BackupAction backupAction;

    public VaultMenu(JFrame owner, Workbench workbench, Locale locale, Runnable afterImport) {
        this.owner = owner;
        this.workbench = workbench;
        this.messages = new VaultMessages(locale);
        UnlockHandler unlock = new SwingUnlockHandler(messages);
        SheetLanguage language = Arrays.stream(SheetLanguage.values()).filter(l -> l.code().equals(locale.getLanguage()))
                .findFirst().orElse(SheetLanguage.EN);
        this.importAction = new ImportAction(owner, workbench, unlock, language, messages, afterImport);
        this.backupAction = new BackupAction(owner, workbench.database(), workbench.clock(), messages);
    }

    /** Adds Import…, Backup… and Change master password… to {@code file}, and starts the idle lock. */
    public void addTo(JMenu file) {
        file.add(item("menuImport", "menu.file.import", importAction::chooseAndImport));
        file.add(item("menuBackup", "menu.file.backup", backupAction::chooseAndBackUp));
        file.add(item("menuChangeMasterPassword", "menu.file.changeMasterPassword", this::changeMasterPassword));
        file.addSeparator();
        // Locking only drops the key from memory; it touches no database, so the EDT may do it.
        Timer idleLock = new Timer(IDLE_CHECK_MILLIS, e -> workbench.vault().lockIfIdle());
        idleLock.start();
        owner.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                idleLock.stop();
                workbench.vault().lock();
            }
        });
    }

    private JMenuItem item(String name, String key, Runnable action) {
        JMenuItem item = new JMenuItem(messages.get(key));
        item.setName(name);
        item.addActionListener(e -> action.run());
        return item;
    }

    /** Reads the vault state in the background, then opens the dialog (set-up mode when there is no master password yet). */
    private void changeMasterPassword() {
        new SwingWorker<Duration, Void>() {
            private VaultState state;

            @Override
            protected Duration doInBackground() {
                state = workbench.vault().state();
                return workbench.vault().idleLock();
            }

            @Override
            protected void done() {
                try {
                    Duration idleLock = get();
                    MasterPasswordModel.Mode mode = state == VaultState.NOT_SET_UP ? MasterPasswordModel.Mode.SET_UP : MasterPasswordModel.Mode.CHANGE;
                    new MasterPasswordDialog(owner, workbench.vault(), new MasterPasswordModel(mode, idleLock), messages).showAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    JOptionPane.showMessageDialog(owner, messages.format("vault.error.failed", e.getCause().getMessage()),
                            messages.get("vault.title.CHANGE"), JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }
}
