package ch.mailbench.core.port;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Optional;

/** Storage of customers' domains. A domain name belongs to at most one customer. */
public interface MailDomainRepository {

    MailDomain insert(MailDomain domain);

    /** @throws StaleDataException if the stored version is not {@code domain.version()} */
    MailDomain update(MailDomain domain);

    /** Deletes the domain with its mailboxes and their history. */
    void delete(MailDomain domain);

    Optional<MailDomain> findById(long id);

    Optional<MailDomain> findByName(DomainName name);

    /** The customer's domains, sorted by name. */
    List<MailDomain> findByCustomer(long customerId);

    List<MailDomain> findAll();

    long count();

    /** The user name format the domain's servers accepted in the last run that learned one. */
    Optional<UsernameFormat> learnedFormat(long domainId);

    /** Keeps what a run learned; does not change the version (a background run must not make an open edit stale). */
    void recordLearnedFormat(long domainId, UsernameFormat format);
}
