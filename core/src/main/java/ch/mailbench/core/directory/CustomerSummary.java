package ch.mailbench.core.directory;

import java.util.Objects;

/**
 * One line of the customer list: enough to show, sort and search a customer without loading its
 * domains and mailboxes. {@code searchText} is the folded text of the name, contact, domain names
 * and mailbox addresses (see {@link SearchText}).
 */
public record CustomerSummary(long id, String name, String contactPerson, int mailboxCount, int failingCount,
                              String searchText) {

    public CustomerSummary {
        Objects.requireNonNull(name, "name");
        contactPerson = contactPerson == null ? "" : contactPerson;
        Objects.requireNonNull(searchText, "searchText");
    }

    /** True when some mailbox's last check failed: the list marks the customer. */
    public boolean needsAttention() {
        return failingCount > 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
