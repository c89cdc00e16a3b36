package ch.mailbench.core.history;

import java.util.List;

/** Undo cannot revert the operation as it was: rows changed since, or the change cannot be reverted. Nothing was undone. */
public final class UndoRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Undoable undoable;
    private final List<String> reasons;
    private final boolean setAside;

    UndoRefusedException(Undoable undoable, List<String> reasons, boolean setAside) {
        super("Cannot undo the " + undoable.describe() + ": " + String.join("; ", reasons) + ". Nothing was undone."
                + (setAside ? " The later decision stands; the next Undo reverts your change before this one." : ""));
        this.undoable = undoable;
        this.reasons = List.copyOf(reasons);
        this.setAside = setAside;
    }

    /** What Undo tried to revert. */
    public Undoable undoable() {
        return undoable;
    }

    /** Whether the refused change (a certificate decision someone else replaced) no longer stands in the way of earlier ones. */
    public boolean setAside() {
        return setAside;
    }

    /** Each in words: "customer Bäckerei Frei was changed by bob on 2026-11-30 17:20 UTC since". */
    public List<String> reasons() {
        return reasons;
    }
}
