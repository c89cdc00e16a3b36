package ch.mailbench.core.history;

import java.util.List;

/**
 * Undo cannot revert the operation as it was: rows changed since, or the change cannot be reverted. Nothing was undone.
 * The message is English, for logs; the console and the command line word {@link #reasons()} themselves.
 */
public final class UndoRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Undoable undoable;
    private final List<UndoRefusal> reasons;
    private final boolean setAside;

    UndoRefusedException(Undoable undoable, List<UndoRefusal> reasons, boolean setAside) {
        super("Cannot undo the " + undoable.describe() + ": " + String.join("; ", reasons.stream().map(UndoRefusal::english).toList()) + ". Nothing was undone."
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

    /** What stands in the way, each as data to word in the reader's language ({@link UndoRefusal#english()} for logs). */
    public List<UndoRefusal> reasons() {
        return reasons;
    }
}
