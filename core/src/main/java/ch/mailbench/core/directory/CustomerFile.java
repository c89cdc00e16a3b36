package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One customer with its domains and all their mailboxes, read in one transaction. */
public record CustomerFile(Customer customer, List<MailDomain> domains, List<Mailbox> mailboxes) {

    public CustomerFile {
        Objects.requireNonNull(customer, "customer");
        domains = List.copyOf(domains);
        mailboxes = List.copyOf(mailboxes);
    }

    public Optional<MailDomain> domain(long domainId) {
        return domains.stream().filter(d -> d.id() == domainId).findFirst();
    }

    public long mailboxCount(MailDomain domain) {
        return mailboxes.stream().filter(m -> m.domainId() == domain.id()).count();
    }
}
