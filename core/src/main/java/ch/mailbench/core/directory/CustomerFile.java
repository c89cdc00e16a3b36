package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer with its domains and all their mailboxes, read in one transaction.
 *
 * @param passwords the mailboxes that have a stored password, by id, with when it was set (empty when not recorded)
 */
public record CustomerFile(Customer customer, List<MailDomain> domains, List<Mailbox> mailboxes,
                           Map<Long, Optional<Instant>> passwords) {

    public CustomerFile {
        Objects.requireNonNull(customer, "customer");
        domains = List.copyOf(domains);
        mailboxes = List.copyOf(mailboxes);
        passwords = Map.copyOf(passwords);
    }

    /** The truthful status of one of these mailboxes: stale when its settings changed since its last check. */
    public CheckStatus status(Mailbox mailbox, Instant now) {
        ServerSettings settings = mailbox.effectiveSettings(domain(mailbox.domainId()).orElseThrow());
        boolean hasPassword = hasPassword(mailbox) || !MailboxOverview.logsIn(settings);
        return CheckStatus.of(mailbox.lastCheck(), settings, hasPassword, now, CheckStatus.DEFAULT_MAX_AGE);
    }

    public boolean hasPassword(Mailbox mailbox) {
        return passwords.containsKey(mailbox.id());
    }

    /** When the mailbox's password was set; empty without a password or when that was not recorded. */
    public Optional<Instant> passwordSetAt(Mailbox mailbox) {
        return passwords.getOrDefault(mailbox.id(), Optional.empty());
    }

    public Optional<MailDomain> domain(long domainId) {
        return domains.stream().filter(d -> d.id() == domainId).findFirst();
    }

    public long mailboxCount(MailDomain domain) {
        return mailboxes.stream().filter(m -> m.domainId() == domain.id()).count();
    }
}
