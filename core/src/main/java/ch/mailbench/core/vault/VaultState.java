package ch.mailbench.core.vault;

/** Where the vault stands for the technician: no master password yet, locked, or open. */
public enum VaultState {
    /** No master password has been set: the first secret will set it. */
    NOT_SET_UP,
    LOCKED,
    UNLOCKED
}
