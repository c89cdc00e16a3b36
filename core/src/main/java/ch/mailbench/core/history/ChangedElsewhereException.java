package ch.mailbench.core.history;

import ch.mailbench.core.port.StaleDataException;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A refused stale edit, with the history's last change of the row: who changed (or deleted) it
 * and when, so the technician knows whom to ask before editing again.
 */
public final class ChangedElsewhereException extends StaleDataException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final transient HistoryEntry change;

    public ChangedElsewhereException(StaleDataException refused, HistoryEntry change) {
        super(refused.getMessage() + " (last " + HistoryWords.describe(change) + " by " + change.by() + " on "
                + WHEN.format(change.at()) + ")", refused);
        this.change = change;
    }

    /** The newest recorded change of the row the edit was refused for. */
    public HistoryEntry change() {
        return change;
    }
}
