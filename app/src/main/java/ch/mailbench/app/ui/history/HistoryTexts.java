package ch.mailbench.app.ui.history;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.UndoRefusal;
import ch.mailbench.core.history.Undoable;

import java.util.stream.Collectors;

/** History entries in the technician's language: what happened, the fields that changed (old → new), what Undo would revert. */
final class HistoryTexts {

    private final HistoryMessages messages;

    HistoryTexts(HistoryMessages messages) {
        this.messages = messages;
    }

    /** "Customer deleted", "Undo: Customer deleted", "Password stored (undone)". */
    String what(HistoryEntry entry) {
        String what = entry.action() == HistoryEntry.Action.UNDONE
                ? messages.format("what.undone", plain(entry.target(), HistoryEntry.Action.valueOf(entry.newValues().get("undone"))))
                : plain(entry.target(), entry.action());
        return entry.undone() ? messages.format("what.wasUndone", what) : what;
    }

    private String plain(HistoryEntry.Target target, HistoryEntry.Action action) {
        String key = "what." + target.name() + "." + action.name();
        return messages.has(key) ? messages.get(key) : target.name() + " " + action.name();
    }

    /** "phone: – → +41 61 555 01 02; notes: … → …"; nothing for deletes and undos (the row speaks for itself). */
    String changes(HistoryEntry entry) {
        if (entry.action() == HistoryEntry.Action.DELETED || entry.action() == HistoryEntry.Action.UNDONE) {
            return "";
        }
        return entry.changes().stream()
                .map(change -> word("field.", change.field()) + ": " + value(change.oldValue()) + " → " + value(change.newValue()))
                .collect(Collectors.joining("; "));
    }

    /** "delete of customer Bäckerei Frei", for "Undo …". */
    String undo(Undoable undoable) {
        HistoryEntry main = undoable.main();
        String key = "undo." + main.target().name() + "." + main.action().name();
        return messages.has(key) ? messages.format(key, main.label()) : messages.format("undo.other", undoable.describe());
    }

    /** "le client Bäckerei Frei a été modifié par bob le 2026-11-30 17:20 UTC depuis"; core's English where no wording exists. */
    String refusal(UndoRefusal refusal) {
        return messages.has(refusal.key()) ? messages.format(refusal.key(), refusal.arguments()) : refusal.english();
    }

    private String value(String value) {
        return value.isEmpty() ? messages.get("value.empty") : word("value.", value);
    }

    private String word(String prefix, String key) {
        return messages.has(prefix + key) ? messages.get(prefix + key) : key;
    }
}
