package ch.mailbench.core.port;

/**
 * The store cannot be opened, upgraded, read or written (missing folder, locked or damaged file,
 * full disk); the message is meant for the user. Storage implementations map their failures to it,
 * so the console and the command line handle them without knowing the database.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
