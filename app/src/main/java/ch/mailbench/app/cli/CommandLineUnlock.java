package ch.mailbench.app.cli;

import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultHeader;
import ch.mailbench.core.vault.VaultState;

import java.util.Arrays;
import java.util.Optional;

/**
 * Unlocks the vault with the command line's master password; on a database without one, that
 * password becomes the master password (set on first use). A wrong one fails the command.
 */
final class CommandLineUnlock implements UnlockHandler {

    private final MasterPasswordInput input;

    CommandLineUnlock(MasterPasswordInput input) {
        this.input = input;
    }

    @Override
    public boolean unlock(Vault vault) {
        Optional<char[]> password = input.read();
        if (password.isEmpty()) {
            return false;
        }
        try {
            if (vault.state() == VaultState.NOT_SET_UP) {
                vault.setUp(password.get(), VaultHeader.DEFAULT_IDLE_LOCK);
            } else {
                vault.unlock(password.get());
            }
            return true;
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }

    /** Unlocks or fails with a message saying how to give the master password. */
    void require(Vault vault, String why) {
        if (!vault.isUnlocked() && !unlock(vault)) {
            throw new IllegalArgumentException(why + ": give the master password in the " + MasterPasswordInput.ENVIRONMENT_VARIABLE
                    + " environment variable or with --master-password-file FILE");
        }
    }
}
