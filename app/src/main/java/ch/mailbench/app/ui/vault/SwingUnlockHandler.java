package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultState;

import javax.swing.SwingUtilities;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console's answer when a background task needs a stored password and the vault is locked:
 * the master password dialog over the active window (set-up mode on first use). Called off the
 * EDT; waits for the technician.
 */
public final class SwingUnlockHandler implements UnlockHandler {

    private final VaultMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    public SwingUnlockHandler(VaultMessages messages, TaskExecutor tasks, ErrorTexts errors) {
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
    }

    @Override
    public boolean unlock(Vault vault) {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Ask for stored passwords off the EDT: the vault may need a slow unlock");
        }
        MasterPasswordModel.Mode mode = vault.state() == VaultState.NOT_SET_UP ? MasterPasswordModel.Mode.SET_UP : MasterPasswordModel.Mode.UNLOCK;
        MasterPasswordModel model = new MasterPasswordModel(mode, vault.idleLock());
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
