package ch.mailbench.core.vault;

/** The master password does not open the vault. Nothing was decrypted and nothing was changed. */
public class WrongMasterPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongMasterPasswordException() {
        super("The master password is wrong; nothing was decrypted or changed");
    }
}
