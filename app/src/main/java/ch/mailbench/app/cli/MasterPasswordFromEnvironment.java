package ch.mailbench.app.cli;

import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/**
 * The command line's way to open the vault: {@code MAILBENCH_MASTER_PASSWORD}, else a hidden
 * prompt on the terminal when there is one. A wrong master password is reported, not retried.
 */
final class MasterPasswordFromEnvironment implements UnlockHandler {

    static final String VARIABLE = "MAILBENCH_MASTER_PASSWORD";

    private final Map<String, String> environment;

    MasterPasswordFromEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public boolean unlock(Vault vault) {
        char[] master = masterPassword();
        if (master == null) {
            return false;
        }
        try {
            vault.unlock(master);
            return true;
        } catch (VaultLockedException e) {
            return false;
        } finally {
            Arrays.fill(master, '\0');
        }
    }

    private char[] masterPassword() {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("Master password: ");
    }
}
