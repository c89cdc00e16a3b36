package ch.mailbench.core.vault;

import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.PasswordSource;

import java.util.Objects;
import java.util.Optional;

/**
 * Mailbox passwords for logins, from the vault. When the vault is locked and a password is
 * stored, the {@link UnlockHandler} is asked once (the console shows the master password dialog,
 * the command line uses its master password input); concurrent callers wait for that one prompt
 * instead of each opening their own.
 */
public final class VaultPasswordSource implements PasswordSource {

    private final Vault vault;
    private final UnlockHandler unlockHandler;
    private final Object prompt = new Object();

    public VaultPasswordSource(Vault vault, UnlockHandler unlockHandler) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.unlockHandler = Objects.requireNonNull(unlockHandler, "unlockHandler");
    }

    /** Call off the EDT: reads the database and may wait for the technician. */
    @Override
    public Optional<char[]> passwordFor(Mailbox mailbox) {
        if (!mailbox.isStored() || !vault.hasPassword(mailbox.id())) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            if (!unlocked()) {
                return Optional.empty();
            }
            try {
                return vault.password(mailbox.id());
            } catch (VaultLockedException e) {
                // Idle lock in between, or another instance changed the master password: ask once more.
                continue;
            }
        }
        return Optional.empty();
    }

    private boolean unlocked() {
        if (vault.isUnlocked()) {
            return true;
        }
        synchronized (prompt) {
            return vault.isUnlocked() || unlockHandler.unlock(vault);
        }
    }
}
