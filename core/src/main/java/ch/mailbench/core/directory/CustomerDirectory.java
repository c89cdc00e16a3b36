package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** Every customer, searchable by everything (name, contact, domains, mailbox addresses). */
    public CustomerIndex loadIndex(Locale locale) {
        return completeIndex(loadListIndex(locale));
    }

    /**
     * Every customer as the list shows it, searchable by its own row only: what the console's first
     * list waits for (the mailbox addresses of 50,000 mailboxes are most of the reading). Complete it
     * with {@link #completeIndex}.
     */
    public CustomerIndex loadListIndex(Locale locale) {
        return CustomerIndex.namesOnly(summaries.loadListed(), locale);
    }

    /** {@code index} in the same order, searchable by domains and mailbox addresses too. */
    public CustomerIndex completeIndex(CustomerIndex index) {
        return index.withSearchTexts(summaries.loadSearchTexts());
    }

    /** The customer with its domains and mailboxes; empty when it was deleted meanwhile. */
    public Optional<CustomerFile> open(long customerId) {
        return store.inTransaction(r -> r.customers().findById(customerId)
                .map(customer -> new CustomerFile(customer, r.domains().findByCustomer(customerId),
                        r.mailboxes().findByCustomer(customerId), r.secrets().passwordDates(customerId))));
    }

    /** Inserts a new customer or updates a stored one. @throws StaleDataException if it changed meanwhile */
    public Customer save(Customer customer) {
        return customer.isStored() ? store.repositories().customers().update(customer)
                : store.repositories().customers().insert(customer);
    }

    /**
     * Gives the named customers (as the command line names them, case ignored) the sheet language,
     * all in one transaction: when one name is unknown, none changes, and the error lists every
     * unknown name. Returns the customers as stored, sorted by name; those that already had the
     * language are returned unchanged.
     */
    public List<Customer> setSheetLanguage(Collection<String> customerNames, SheetLanguage language) {
        if (customerNames.isEmpty()) {
            throw new IllegalArgumentException("No customer given");
        }
        return store.inTransaction(r -> {
            List<String> unknown = customerNames.stream().filter(name -> r.customers().findByName(name).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("No customer is called " + unknown.stream().map(name -> "\"" + name + "\"")
                        .collect(Collectors.joining(", ")) + "; nothing was changed");
            }
            Map<Long, Customer> customers = new TreeMap<>();
            for (String name : customerNames) {
                Customer customer = r.customers().findByName(name).orElseThrow();
                customers.putIfAbsent(customer.id(), customer.sheetLanguage() == language ? customer
                        : r.customers().update(customer.withSheetLanguage(language)));
            }
            return customers.values().stream().sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER)).toList();
        });
    }

    /**
     * Inserts or updates a domain. When its servers change, mailboxes that used the old servers
     * (with their own user name format) move along in the same transaction.
     */
    public MailDomain save(MailDomain domain) {
        if (!domain.isStored()) {
            return store.repositories().domains().insert(domain);
        }
        return store.inTransaction(r -> update(r, domain));
    }

    private static MailDomain update(Repositories r, MailDomain domain) {
        MailDomain before = r.domains().findById(domain.id())
                .orElseThrow(() -> new StaleDataException("Domain " + domain.name()));
        MailDomain saved = r.domains().update(domain);
        for (Mailbox mailbox : r.mailboxes().findByDomain(domain.id())) {
            MailboxSettings.followDomain(mailbox, before.defaults(), saved).ifPresent(r.mailboxes()::update);
        }
        return saved;
    }

    /**
     * Stores {@code settings} (found by discovery) as the defaults of the stored domain {@code name};
     * its mailboxes on the old servers move along, as when the console edits the domain.
     *
     * @throws IllegalArgumentException naming the domain when it is not in the database
     */
    public MailDomain applyToDomain(DomainName name, ServerSettings settings) {
        return applyToDomain(name, settings, Optional.empty());
    }

    /**
     * As {@link #applyToDomain(DomainName, ServerSettings)}, and the domain's provider becomes {@code provider}
     * when discovery named one (a catalog or ISPDB entry): one change, recorded and undone as a whole.
     */
    public MailDomain applyToDomain(DomainName name, ServerSettings settings, Optional<String> provider) {
        return store.inTransaction(r -> {
            MailDomain domain = r.domains().findByName(name).orElseThrow(() -> new IllegalArgumentException(
                    "The domain " + name.unicode() + " is not in the database: add it (with its customer) first"));
            MailDomain changed = domain.withDefaults(settings);
            return update(r, provider.filter(p -> !p.isBlank()).map(changed::withProvider).orElse(changed));
        });
    }

    /**
     * Stores {@code settings} (found by discovery) on the stored mailbox {@code address}: when they are
     * its domain's servers it keeps using them (only its user name format of its own, if it differs);
     * otherwise they become its own settings.
     *
     * @throws IllegalArgumentException naming the address when the mailbox is not in the database
     */
    public Mailbox applyToMailbox(EmailAddress address, ServerSettings settings) {
        return store.inTransaction(r -> {
            Mailbox mailbox = r.mailboxes().findByAddress(address).orElseThrow(() -> new IllegalArgumentException(
                    "The mailbox " + address.unicode() + " is not in the database: add it first, or use --apply-to-domain"));
            MailDomain domain = r.domains().findById(mailbox.domainId())
                    .orElseThrow(() -> new StaleDataException("Domain of " + address.unicode()));
            Optional<ServerSettings> own = MailboxSettings.sameServers(settings, domain.defaults())
                    ? MailboxSettings.onDomainServers(domain, settings.usernameFormat()) : Optional.of(settings);
            return r.mailboxes().update(mailbox.withOwnSettings(own));
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
