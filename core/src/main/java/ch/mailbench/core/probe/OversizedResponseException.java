package ch.mailbench.core.probe;

import java.io.IOException;

/** The server sent more than any mail protocol answer needs (see {@link BoundedSocket}). */
final class OversizedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    OversizedResponseException(long bytes) {
        super("The server sent " + bytes + " bytes that are not mail protocol");
    }
}
