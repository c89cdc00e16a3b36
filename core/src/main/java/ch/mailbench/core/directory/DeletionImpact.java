package ch.mailbench.core.directory;

/** What goes with a customer or domain when it is deleted, so the confirmation can say so. */
public record DeletionImpact(long domains, long mailboxes) {

    public boolean hasChildren() {
        return domains > 0 || mailboxes > 0;
    }
}
