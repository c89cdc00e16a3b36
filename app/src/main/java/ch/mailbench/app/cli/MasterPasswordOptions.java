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

    @Option(names = "--master-password-file", paramLabel = "FILE",
            description = "Read the master password from the first line of FILE instead of $MAILBENCH_MASTER_PASSWORD.")
    private Path file;

    /** Set by {@link #open}: commands ask for the password only once they know the database. */
    private MasterPasswordInput input;

    /**
     * Opens the command's database. When a stored password is needed, the vault is unlocked with the
     * master password given; on a database without one, that password becomes the master password
     * (set on first use). A wrong one fails the command.
     */
    Workbench open(MailbenchCommand command) {
        input = new MasterPasswordInput(command.factory().environment(), Optional.ofNullable(file));
        return command.factory().open(command.databasePath(), this::unlockOrSetUp);
    }

    /**
     * Opens the command's database and, when a master password was given, unlocks the vault right
     * away, so a wrong one stops the command with one clear message before any work. A database
     * without a master password keeps none: it has no stored passwords to read.
     */
    Workbench openUnlocked(MailbenchCommand command) {
        input = new MasterPasswordInput(command.factory().environment(), Optional.ofNullable(file));
        Workbench workbench = command.factory().open(command.databasePath(), UnlockHandler.stayLocked());
        withPassword(password -> {
            try {
                workbench.vault().unlock(password);
            } catch (VaultLockedException e) {
                // No master password was ever set, so no password is stored: the work says so where it matters.
            }
        });
        return workbench;
    }

    /** Unlocks (see {@link #open}) or fails with a message saying why it is needed and how to give it. */
    void require(Vault vault, String why) {
        if (!vault.isUnlocked() && !unlockOrSetUp(vault)) {
            throw new IllegalArgumentException(why + ": give the master password in the " + MasterPasswordInput.ENVIRONMENT_VARIABLE
                    + " environment variable or with --master-password-file FILE");
        }
    }

    private boolean unlockOrSetUp(Vault vault) {
        return withPassword(password -> {
            if (vault.state() == VaultState.NOT_SET_UP) {
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
