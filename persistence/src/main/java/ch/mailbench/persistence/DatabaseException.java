package ch.mailbench.persistence;

import ch.mailbench.core.port.StorageException;

/** The database cannot be opened or upgraded; the message is meant for the user. */
public class DatabaseException extends StorageException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
