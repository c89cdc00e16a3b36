package ch.mailbench.core.history;

import java.util.List;

/**
 * The operation Undo would revert: its entries, and the one that names it ("delete of customer
 * Bäckerei Frei"): an import's or change set's own entry when there is one, else the first.
 */
public record Undoable(long operationId, HistoryEntry main, List<HistoryEntry> entries) {

    public Undoable {
        entries = List.copyOf(entries);
    }

    static Undoable of(List<HistoryEntry> entries) {
        HistoryEntry main = entries.stream()
                .filter(e -> e.action() == HistoryEntry.Action.IMPORTED || e.action() == HistoryEntry.Action.CHANGE_SET_APPLIED
                        || e.action() == HistoryEntry.Action.CHANGE_SET_REVERTED)
                .findFirst().orElse(entries.get(0));
        return new Undoable(entries.get(0).operationId(), main, entries);
    }

    /** "delete of customer Bäckerei Frei": English, for the command line; the console words it per language. */
    public String describe() {
        return HistoryWords.action(main.action()) + " of " + HistoryWords.target(main.target()) + " " + main.label()
                + (entries.size() > 1 && main.action() != HistoryEntry.Action.IMPORTED ? " (" + entries.size() + " changes)" : "");
    }
}
