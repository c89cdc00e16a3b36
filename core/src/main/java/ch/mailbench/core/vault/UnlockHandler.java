package ch.mailbench.core.vault;

/**
 * Asks for the master password when a stored secret is needed and the vault is locked: the
 * console's dialog or the command line's master password input. Called off the EDT.
 */
@FunctionalInterface
public interface UnlockHandler {

    /** Unlocks {@code vault} (or sets it up); false when that is not possible or the technician cancelled. */
    boolean unlock(Vault vault);

    /** Never unlocks: secrets of a locked vault stay unavailable. */
    static UnlockHandler stayLocked() {
        return vault -> false;
    }
}
