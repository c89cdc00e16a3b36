package ch.mailbench.app.ui;

import ch.mailbench.core.history.ChangedElsewhereException;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.vault.VaultLockedException;
import ch.mailbench.core.io.OutputFileException;
import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The one handler of failures in the console: every background step that fails, and every save
 * or load, comes here to be logged (once: call this once per failure) and put in words, never as
 * an exception class name or a bare file path.
 */
public final class ErrorTexts {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorTexts.class);

    /** When another technician's change was made, in this computer's time zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final Messages messages;

    public ErrorTexts(Messages messages) {
        this.messages = messages;
    }

    /** Logs {@code failure} and says in words what went wrong, to show alone or inside a feature's "… failed: {0}". */
    public String describe(Exception failure) {
        if (failure instanceof OutputFileException written) {
            return expected(written, written.getMessage());
        }
        Exception e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (e instanceof ChangedElsewhereException changed) {
            HistoryEntry change = changed.change();
            return expected(e, messages.format(change.action() == HistoryEntry.Action.DELETED ? "error.stale.deletedBy"
                    : "error.stale.changedBy", change.by(), WHEN.withLocale(messages.locale()).format(change.at())));
        }
        if (e instanceof StaleDataException) {
            return expected(e, messages.get("error.stale"));
        }
        if (e instanceof VaultLockedException) {
            return expected(e, messages.get("error.vaultLocked"));
        }
        if (e instanceof DuplicateException) {
            return expected(e, messages.get("error.duplicate"));
        }
        if (e instanceof StorageException || e instanceof IllegalArgumentException) {
            return expected(e, e.getMessage());
        }
        if (e instanceof AccessDeniedException denied) {
            return expected(e, messages.format("error.file.denied", denied.getFile()));
        }
        if (e instanceof NoSuchFileException missing) {
            return expected(e, messages.format("error.file.missing", missing.getFile()));
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return expected(e, messages.format("error.file", other.getFile(), other.getReason()));
        }
        LOG.warn("Unexpected failure in the console", e);
        return messages.format("error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** A failure the user can act on: one line in the log, no stack trace. */
    private static String expected(Exception e, String words) {
        LOG.info("{}: {}", e.getClass().getSimpleName(), words);
        return words;
    }
}
