package ch.mailbench.app.ui;

import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What to tell the user when a save or a load fails: in words, never an exception class name. */
public final class ErrorTexts {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTexts.class);

    private final Messages messages;

    public ErrorTexts(Messages messages) {
        this.messages = messages;
    }

    public String describe(Exception e) {
        if (e instanceof StaleDataException) {
            return messages.get("error.stale");
        }
        if (e instanceof DuplicateException) {
            return messages.get("error.duplicate");
        }
        if (e instanceof StorageException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        LOG.warn("Unexpected failure in the console", e);
        return messages.format("error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
