package ch.mailbench.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** An output file could not be written; the message names the file and the cause, for the user. */
public final class OutputFileException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    OutputFileException(Path file, String message, IOException cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }
}
