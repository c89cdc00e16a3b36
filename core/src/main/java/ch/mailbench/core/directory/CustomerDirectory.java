package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;

import java.util.Locale;
import java.util.Optional;

/**
 * What the console does with customers, domains and mailboxes: list and search them, open one
 * customer, save and delete with the version checks of the repositories. Every method talks to
 * the database: call it off the EDT.
 */
public final class CustomerDirectory {

    private final Store store;
    private final CustomerSummarySource summaries;

    public CustomerDirectory(Store store, CustomerSummarySource summaries) {
        this.store = store;
        this.summaries = summaries;
    }

    public CustomerIndex loadIndex(Locale locale) {
        return new CustomerIndex(summaries.loadAll(), locale);
    }

    /** The customer with its domains and mailboxes; empty when it was deleted meanwhile. */
    public Optional<CustomerFile> open(long customerId) {
        return store.inTransaction(r -> r.customers().findById(customerId)
                .map(customer -> new CustomerFile(customer, r.domains().findByCustomer(customerId),
                        r.mailboxes().findByCustomer(customerId), r.secrets().findAll().keySet())));
    }

    /** Inserts a new customer or updates a stored one. @throws StaleDataException if it changed meanwhile */
    public Customer save(Customer customer) {
        return customer.isStored() ? store.repositories().customers().update(customer)
                : store.repositories().customers().insert(customer);
    }

    /**
     * Inserts or updates a domain. When its servers change, mailboxes that used the old servers
     * (with their own user name format) move along in the same transaction.
     */
    public MailDomain save(MailDomain domain) {
        if (!domain.isStored()) {
            return store.repositories().domains().insert(domain);
        }
        return store.inTransaction(r -> {
            MailDomain before = r.domains().findById(domain.id())
                    .orElseThrow(() -> new StaleDataException("Domain " + domain.name()));
            MailDomain saved = r.domains().update(domain);
            for (Mailbox mailbox : r.mailboxes().findByDomain(domain.id())) {
                MailboxSettings.followDomain(mailbox, before.defaults(), saved).ifPresent(r.mailboxes()::update);
            }
            return saved;
        });
    }

    public Mailbox save(Mailbox mailbox) {
        return mailbox.isStored() ? store.repositories().mailboxes().update(mailbox)
                : store.repositories().mailboxes().insert(mailbox);
    }

    public DeletionImpact impactOfDeleting(Customer customer) {
        return store.inTransaction(r -> new DeletionImpact(r.domains().findByCustomer(customer.id()).size(),
                r.mailboxes().countByCustomer(customer.id())));
    }

    public DeletionImpact impactOfDeleting(MailDomain domain) {
        return new DeletionImpact(0, store.repositories().mailboxes().countByDomain(domain.id()));
    }

    public void delete(Customer customer) {
        store.repositories().customers().delete(customer);
    }

    public void delete(MailDomain domain) {
        store.repositories().domains().delete(domain);
    }

    public void delete(Mailbox mailbox) {
        store.repositories().mailboxes().delete(mailbox);
    }
}
