package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;

import ch.mailbench.core.model.ServerSettings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer with its domains and all their mailboxes, read in one transaction.
 *
 * @param withPassword ids of the mailboxes that have a stored password
 */
public record CustomerFile(Customer customer, List<MailDomain> domains, List<Mailbox> mailboxes, Set<Long> withPassword) {

    public CustomerFile {
        Objects.requireNonNull(customer, "customer");
        domains = List.copyOf(domains);
        mailboxes = List.copyOf(mailboxes);
        withPassword = Set.copyOf(withPassword);
    }

    /** The truthful status of one of these mailboxes: stale when its settings changed since its last check. */
    public CheckStatus status(Mailbox mailbox, Instant now) {
        ServerSettings settings = mailbox.effectiveSettings(domain(mailbox.domainId()).orElseThrow());
        boolean hasPassword = withPassword.contains(mailbox.id()) || !MailboxOverview.logsIn(settings);
        return CheckStatus.of(mailbox.lastCheck(), settings, hasPassword, now, CheckStatus.DEFAULT_MAX_AGE);
    }

    public Optional<MailDomain> domain(long domainId) {
        return domains.stream().filter(d -> d.id() == domainId).findFirst();
    }

    public long mailboxCount(MailDomain domain) {
        return mailboxes.stream().filter(m -> m.domainId() == domain.id()).count();
    }
}
