package ch.mailbench.core.change;

import java.util.List;

/** A change set cannot be reverted because rows it changed were edited or deleted since; nothing was reverted. */
public final class RevertRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> edited;

    RevertRefusedException(long id, List<String> edited) {
        super("Change set " + id + " cannot be reverted: " + String.join(", ", edited) + (edited.size() == 1 ? " was" : " were")
                + " edited or deleted since. Nothing was reverted; change those settings by hand");
        this.edited = List.copyOf(edited);
    }

    /** What was edited since: "domain bakery-dupont.ch", "mailbox marie@bakery-dupont.ch". */
    public List<String> edited() {
        return edited;
    }
}
