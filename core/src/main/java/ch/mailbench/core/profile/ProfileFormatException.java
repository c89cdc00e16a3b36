package ch.mailbench.core.profile;

/**
 * A settings file that cannot be read at all: not well-formed XML, or not the expected kind of
 * document. The message names the line and the reason.
 */
public class ProfileFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileFormatException(String message) {
        super(message);
    }

    public ProfileFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
