package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultState;

import javax.swing.SwingUtilities;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The console's answer when a background task needs a stored password and the vault is locked:
 * the master password dialog over the active window (set-up mode on first use). Called off the
 * EDT; waits for the technician. The dialog speaks the console's language at the moment it is
 * asked for, not the one the database was opened in: the workbench (and this handler) outlives a
 * change of language.
 */
public final class SwingUnlockHandler implements UnlockHandler {

    private final Supplier<Locale> language;
    private final TaskExecutor tasks;

    /** @param language the console's current language, read each time the dialog is needed */
    public SwingUnlockHandler(Supplier<Locale> language, TaskExecutor tasks) {
        this.language = language;
        this.tasks = tasks;
    }

    @Override
    public boolean unlock(Vault vault) {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Ask for stored passwords off the EDT: the vault may need a slow unlock");
        }
        MasterPasswordModel.Mode mode = vault.state() == VaultState.NOT_SET_UP ? MasterPasswordModel.Mode.SET_UP : MasterPasswordModel.Mode.UNLOCK;
        MasterPasswordModel model = new MasterPasswordModel(mode, vault.idleLock());
        Locale locale = language.get();
        VaultMessages messages = new VaultMessages(locale);
        ErrorTexts errors = new ErrorTexts(new Messages(locale));
        AtomicBoolean unlocked = new AtomicBoolean();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Window owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
                unlocked.set(new MasterPasswordDialog(owner, vault, model, messages, tasks, errors).showAndWait());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The master password dialog failed", e.getCause());
        }
        return unlocked.get();
    }
}
