package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultHeader;
import ch.mailbench.core.vault.VaultLockedException;
import ch.mailbench.core.vault.VaultState;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The master password on the command line, mixed ({@code @Mixin}) into every command that may need
 * stored passwords: the {@code --master-password-file} option and the unlocking of the vault with
 * what {@link MasterPasswordInput} reads. The one place that knows how a command gets the master password.
 */
final class MasterPasswordOptions {

    static final String NO_PASSWORDS = "No passwords are stored in this database.";

    @Option(names = "--master-password-file", paramLabel = "FILE",
            description = "Read the master password from the first line of FILE instead of $MAILBENCH_MASTER_PASSWORD.")
    private Path file;

    /** Set by {@link #open}: commands ask for the password only once they know the database. */
    private MasterPasswordInput input;
    /** Only a command that stores passwords sets the master password up on a database without one. */
    private boolean mayCreateVault;

    /**
     * Opens the command's database for a command that only reads stored passwords (export, sheet,
     * profile). When one is needed, the vault is unlocked with the master password given; a wrong one
     * fails the command, and on a database without a master password the command says there are no
     * passwords, so a typo in the environment never becomes the master password.
     */
    Workbench open(MailbenchCommand command) {
        return open(command, false);
    }

    /**
     * As {@link #open}, for a command that stores passwords (import): on a database without a master
     * password, the one given becomes it (set on first use).
     */
    Workbench openForStoring(MailbenchCommand command) {
        return open(command, true);
    }

    private Workbench open(MailbenchCommand command, boolean createVault) {
        input = new MasterPasswordInput(command.factory().environment(), Optional.ofNullable(file));
        mayCreateVault = createVault;
        return command.factory().open(command.databaseAddress(), this::unlockOrSetUp);
    }

    /**
     * Opens the command's database and, when a master password was given, unlocks the vault right
     * away, so a wrong one stops the command with one clear message before any work. A database
     * without a master password keeps none: it has no stored passwords to read.
     */
    Workbench openUnlocked(MailbenchCommand command) {
        input = new MasterPasswordInput(command.factory().environment(), Optional.ofNullable(file));
        Workbench workbench = command.factory().open(command.databaseAddress(), UnlockHandler.stayLocked());
        withPassword(password -> {
            try {
                workbench.vault().unlock(password);
            } catch (VaultLockedException e) {
                // No master password was ever set, so no password is stored: the work says so where it matters.
            }
        });
        return workbench;
    }

    /** Unlocks (see {@link #open}, {@link #openForStoring}) or fails with a message saying why it is needed and how to give it. */
    void require(Vault vault, String why) {
        if (!vault.isUnlocked() && !unlockOrSetUp(vault)) {
            throw new IllegalArgumentException(why + ": give the master password in the " + MasterPasswordInput.ENVIRONMENT_VARIABLE
                    + " environment variable or with --master-password-file FILE");
        }
    }

    private boolean unlockOrSetUp(Vault vault) {
        return withPassword(password -> {
            if (vault.state() == VaultState.NOT_SET_UP) {
                if (!mayCreateVault) {
                    throw new IllegalArgumentException(NO_PASSWORDS);
                }
                vault.setUp(password, VaultHeader.DEFAULT_IDLE_LOCK);
            } else {
                vault.unlock(password);
            }
        });
    }

    /** Runs {@code use} with the master password, then clears it; false when none was given. */
    private boolean withPassword(Consumer<char[]> use) {
        if (input == null) {
            throw new IllegalStateException("open the database first");
        }
        Optional<char[]> password = input.read();
        if (password.isEmpty()) {
            return false;
        }
        try {
            use.accept(password.get());
            return true;
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }
}
