package ch.mailbench.core.history;

import java.util.List;

/** Undo cannot revert the operation as it was: rows changed since, or the change cannot be reverted. Nothing was undone. */
public final class UndoRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    UndoRefusedException(Undoable undoable, List<String> reasons) {
        super("Cannot undo the " + undoable.describe() + ": " + String.join("; ", reasons) + ". Nothing was undone.");
        this.reasons = List.copyOf(reasons);
    }

    /** Each in words: "customer Bäckerei Frei was changed by bob on 2026-11-30 17:20 UTC since". */
    public List<String> reasons() {
        return reasons;
    }
}
