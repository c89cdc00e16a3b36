package ch.mailbench.core.port;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.Mailbox;

import java.util.List;
import java.util.Optional;

/** Storage of mailboxes. An address exists at most once. */
public interface MailboxRepository {

    Mailbox insert(Mailbox mailbox);

    /** @throws StaleDataException if the stored version is not {@code mailbox.version()} */
    Mailbox update(Mailbox mailbox);

    /** Deletes the mailbox and its history. */
    void delete(Mailbox mailbox);

    /**
     * Records the latest test result. Does not change the version: a background test must not
     * make the technician's open edit stale.
     */
    void recordLastCheck(long mailboxId, LastCheck check);

    Optional<Mailbox> findById(long id);

    Optional<Mailbox> findByAddress(EmailAddress address);

    /** The domain's mailboxes, sorted by address. */
    List<Mailbox> findByDomain(long domainId);

    /** All mailboxes of all the customer's domains, sorted by address. */
    List<Mailbox> findByCustomer(long customerId);

    List<Mailbox> findAll();

    long countByCustomer(long customerId);

    long countByDomain(long domainId);

    long count();
}
