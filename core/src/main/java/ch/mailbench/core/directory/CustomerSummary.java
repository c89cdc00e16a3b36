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

    /** The same line with another search text (the full one, once domains and addresses are loaded). */
    public CustomerSummary withSearchText(String text) {
        return new CustomerSummary(id, name, contactPerson, mailboxCount, failingCount, text);
    }

    @Override
    public String toString() {
        return name;
    }
}
