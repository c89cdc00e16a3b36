package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultState;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.Timer;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;

/**
 * The console's entry for the master password (File menu), a mailbox's
 * stored password (Mailbox menu and pop-up), plus the timer that locks the vault after its idle time.
 */
public final class VaultExtension implements ConsoleExtension {

    private static final int IDLE_CHECK_MILLIS = 15_000;

    private final Vault vault;

    public VaultExtension(Vault vault) {
        this.vault = vault;
    }

    @Override
    public void install(ConsoleContext context) {
        JFrame owner = context.frame();
        VaultMessages messages = new VaultMessages(context.messages().locale());
        TaskExecutor tasks = context.tasks();
        ErrorTexts errors = new ErrorTexts(context.messages());
        UnlockHandler unlock = context.unlock();

        // Beside import and backup (the data feature, installed just before): the file's own password.
        context.menus().add(MenuId.FILE, new ConsoleAction("changeMasterPassword", messages.get("menu.file.changeMasterPassword"),
                null, () -> changeMasterPassword(owner, messages, tasks, errors)));
        ConsoleAction mailboxPassword = ConsoleAction.onSelected("mailboxPassword", messages.get("menu.mailbox.password"), null,
                context.selection()::mailbox, mailbox -> new MailboxPasswordDialog(owner, vault, unlock, mailbox,
                        context.selection().customer(), messages, tasks, errors).show());
        context.menus().add(MenuId.MAILBOX, mailboxPassword);
        context.menus().addToPopup(ConsoleMenus.Target.MAILBOX, mailboxPassword);
        startIdleLock(owner);
    }

    /**
     * The timer belongs to this window; the vault does not. A change of language or theme replaces
     * the window over the same vault, which stays unlocked; quitting ends the process and with it
     * the key, and opening another database locks this one (the launcher does that).
     */
    private void startIdleLock(JFrame owner) {
        // Locking only drops the key from memory; it touches no database, so the EDT may do it.
        Timer idleLock = new Timer(IDLE_CHECK_MILLIS, e -> vault.lockIfIdle());
        idleLock.start();
        owner.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                idleLock.stop();
            }
        });
    }

    /** What the master password dialog opens with; read off the EDT. */
    private record VaultSettings(VaultState state, Duration idleLock) {
    }

    /** Reads the vault state in the background, then opens the dialog (set-up mode when there is no master password yet). */
    private void changeMasterPassword(JFrame owner, VaultMessages messages, TaskExecutor tasks, ErrorTexts errors) {
        BackgroundTask.of(monitor -> new VaultSettings(vault.state(), vault.idleLock()))
                .onSuccess(settings -> {
                    MasterPasswordModel.Mode mode = settings.state() == VaultState.NOT_SET_UP
                            ? MasterPasswordModel.Mode.SET_UP : MasterPasswordModel.Mode.CHANGE;
                    new MasterPasswordDialog(owner, vault, new MasterPasswordModel(mode, settings.idleLock(), messages), messages,
                            tasks, errors).showAndWait();
                })
                .onFailure(e -> JOptionPane.showMessageDialog(owner, messages.format("vault.error.failed", errors.describe(e)),
                        messages.get("vault.title.CHANGE"), JOptionPane.ERROR_MESSAGE))
                .executeWith(tasks);
    }
}
