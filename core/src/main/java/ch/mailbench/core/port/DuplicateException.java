package ch.mailbench.core.port;

/** Thrown when a write would create a second customer, domain or mailbox with the same unique name. */
public class DuplicateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String message) {
        super(message);
    }
}
