package ch.mailbench.core.port;

/**
 * Thrown when a row was changed or deleted by someone else since it was read: the edit is
 * refused rather than silently overwriting the newer data.
 */
public class StaleDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleDataException(String what) {
        super(what + " was changed or deleted elsewhere since it was opened; reload it and edit again");
    }

    /** The same refusal, said in more detail by a subclass. */
    protected StaleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
