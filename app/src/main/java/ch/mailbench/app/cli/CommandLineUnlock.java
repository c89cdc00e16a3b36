package ch.mailbench.app.cli;

import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultHeader;
import ch.mailbench.core.vault.VaultState;

import java.util.Arrays;
import java.util.Optional;

/**
 * Unlocks the vault with the command line's master password. A wrong one fails the command. Only
 * a command that stores passwords ({@link #forStoring}) sets the master password up on a database
 * without one; a command that only reads them ({@link #forReading}) says there are none, so a typo
 * in the environment never becomes the master password.
 */
final class CommandLineUnlock implements UnlockHandler {

    static final String NO_PASSWORDS = "No passwords are stored in this database.";

    private final MasterPasswordInput input;
    private final boolean mayCreateVault;

    private CommandLineUnlock(MasterPasswordInput input, boolean mayCreateVault) {
        this.input = input;
        this.mayCreateVault = mayCreateVault;
    }

    /** For commands that store passwords (import): the first master password given sets the vault up. */
    static CommandLineUnlock forStoring(MasterPasswordInput input) {
        return new CommandLineUnlock(input, true);
    }

    /** For commands that only read passwords (export, sheet, profile, verify). */
    static CommandLineUnlock forReading(MasterPasswordInput input) {
        return new CommandLineUnlock(input, false);
    }

    @Override
    public boolean unlock(Vault vault) {
        Optional<char[]> password = input.read();
        if (password.isEmpty()) {
            return false;
        }
        try {
            if (vault.state() == VaultState.NOT_SET_UP) {
                if (!mayCreateVault) {
                    throw new IllegalArgumentException(NO_PASSWORDS);
                }
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
