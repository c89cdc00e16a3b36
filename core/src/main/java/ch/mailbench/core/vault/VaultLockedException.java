package ch.mailbench.core.vault;

/** A secret was needed while the vault is locked (or not set up yet). */
public class VaultLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VaultLockedException() {
        super("The password vault is locked: enter the master password first");
    }
}
