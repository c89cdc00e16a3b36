package ch.mailbench.persistence;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;

/** A small customer set-up written through the real repositories. */
final class TestData {

    static final ServerSettings INFOMANIAK = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
            Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);

    private TestData() {
    }

    static Customer customer(Repositories repositories, String name) {
        return repositories.customers().insert(Customer.create(name, SheetLanguage.FR));
    }

    static MailDomain domain(Repositories repositories, Customer customer, String name) {
        return repositories.domains().insert(MailDomain.create(customer.id(), DomainName.of(name), "Infomaniak", INFOMANIAK));
    }

    static Mailbox mailbox(Repositories repositories, MailDomain domain, String localPart) {
        return repositories.mailboxes().insert(Mailbox.create(domain.id(),
                new EmailAddress(localPart, domain.name()), localPart));
    }
}
