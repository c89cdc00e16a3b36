package ch.mailbench.core.probe;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;

/** Which mailboxes a run tests: one, a domain's, a customer's, or all. */
public sealed interface MailboxSelection {

    record One(EmailAddress address) implements MailboxSelection { }

    record OfDomain(DomainName domain) implements MailboxSelection { }

    record OfCustomer(String customerName) implements MailboxSelection { }

    record All() implements MailboxSelection { }
}
